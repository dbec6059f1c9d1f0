import { useWorkspaceStore } from '../workspace/workspace-store';

/**
 * The host's warning about where the real workspace lives (a cloud-synced folder, a
 * network share): copies of the database may leave this computer. Prominent, not an
 * alert: it is a standing condition, not the answer to something just done.
 */
export function FolderWarning() {
  const warning = useWorkspaceStore((s) => s.status?.security?.folderWarning ?? null);
  if (!warning) return null;
  return (
    <section className="notice notice--warn folder-warning" aria-labelledby="kop-mapwaarschuwing">
      <h2 id="kop-mapwaarschuwing" className="folder-warning-title">
        Let op: de map met uw gegevens
      </h2>
      <p>{warning}</p>
    </section>
  );
}
