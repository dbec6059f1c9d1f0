/**
 * Beheer → Reservekopieën: make a verified backup now, and put one back. Each
 * backup says when it was made, why (its kind), how large it is and what it holds
 * (the row counts of its sidecar), so the choice is made on content, not on a file
 * name. Restoring takes a backup of the current state first (`pre-restore`), so a
 * restore can itself be undone.
 */
import { useEffect, useState } from 'react';
import type { BackupInfo } from '../../../../shared/contract/index';
import { api, errorMessage } from '../../api';
import { announce } from '../../app/announcer';
import { BACKUP_COUNT_LABEL, BACKUP_KIND_LABEL, tableLabel } from '../../app/labels';
import { useQuery } from '../../app/use-query';
import { ConfirmDialog } from '../../ui/Dialog';
import { countOf, formatBytes, formatCount, formatDateTime, formatDateTimeShort } from '../../ui/format';
import { LoadFailure } from '../../ui/LoadFailure';
import { Page } from '../../ui/Page';
import { useWorkspaceStore } from '../workspace/workspace-store';
import { useBeheerStore } from './beheer-store';
import { BeheerNav } from './BeheerNav';

/** The name the core knows a backup by: its file name without the folder. */
export const backupName = (file: string) => file.split(/[\\/]/).pop() ?? file;

const KNOWN = new Set<string>(BACKUP_COUNT_LABEL.map((c) => c.table));

/** "12 cliënten, 340 urenregistraties, 3 ondersteuningsplannen en 1.204 andere gegevens". */
export function backupContents(counts: Record<string, number>): string {
  const parts = BACKUP_COUNT_LABEL.filter((c) => c.table === 'client' || (counts[c.table] ?? 0) > 0).map((c) => countOf(counts[c.table] ?? 0, c.one, c.many));
  const rest = Object.entries(counts)
    .filter(([t]) => !KNOWN.has(t))
    .reduce((sum, [, n]) => sum + n, 0);
  if (rest > 0) parts.push(countOf(rest, 'ander gegeven', 'andere gegevens'));
  if (parts.length <= 1) return parts.join('');
  return `${parts.slice(0, -1).join(', ')} en ${parts[parts.length - 1]}`;
}

function AllCounts({ counts }: { counts: Record<string, number> }) {
  const rows = Object.entries(counts).filter(([, n]) => n > 0);
  if (rows.length === 0) return null;
  return (
    <details className="backup-counts">
      <summary>Alle aantallen</summary>
      <ul>
        {rows.map(([table, n]) => (
          <li key={table}>
            {tableLabel(table)}: <span className="tabular">{formatCount(n)}</span>
          </li>
        ))}
      </ul>
    </details>
  );
}

function RestoreDialog({ backup, onClose, onDone }: { backup: BackupInfo; onClose: () => void; onDone: (b: BackupInfo) => void }) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const confirm = async () => {
    if (busy) return;
    setBusy(true);
    setError(null);
    try {
      const status = await api['workspace.restore']({ backup: backupName(backup.file) });
      useWorkspaceStore.getState().setStatus(status);
      onDone(backup);
    } catch (e) {
      setError(errorMessage(e));
      setBusy(false);
    }
  };
  return (
    <ConfirmDialog title="Reservekopie terugzetten?" confirmLabel="Terugzetten" busy={busy} error={error} onConfirm={() => void confirm()} onClose={onClose}>
      <p>
        De gegevens komen terug zoals ze waren op <strong>{formatDateTime(backup.createdAt)}</strong>: {backupContents(backup.counts)}.
      </p>
      <p>Alles wat daarna is vastgelegd of gewijzigd, verdwijnt uit de omgeving.</p>
      <p>
        Schotvrij maakt eerst een reservekopie van de huidige gegevens (soort “{BACKUP_KIND_LABEL['pre-restore']}”). Daarmee kunt u het terugzetten zelf ook weer ongedaan maken.
      </p>
    </ConfirmDialog>
  );
}

export function BackupsPage() {
  const backups = useQuery('system.backups', undefined, []);
  const stats = useQuery('system.stats', undefined, 'all');
  const backupPending = useBeheerStore((s) => s.backupPending);
  const backupError = useBeheerStore((s) => s.backupError);
  const { makeBackup, reset } = useBeheerStore.getState();
  const [restoring, setRestoring] = useState<BackupInfo | null>(null);

  useEffect(() => reset, [reset]);

  const onBackup = async () => {
    const made = await makeBackup();
    if (!made) return;
    backups.reload();
    stats.reload();
    announce(`Reservekopie gemaakt en gecontroleerd (${formatBytes(made.sizeBytes)}).`);
  };

  const onRestored = (b: BackupInfo) => {
    setRestoring(null);
    backups.reload();
    stats.reload();
    announce(`De reservekopie van ${formatDateTimeShort(b.createdAt)} is teruggezet. De gegevens van daarvoor staan in een nieuwe reservekopie.`);
  };

  const last = stats.data?.lastBackup ?? null;
  return (
    <Page
      title="Reservekopieën"
      heading="Reservekopieën"
      intro={
        <p>
          Schotvrij maakt elke dag bij het eerste openen een reservekopie, en vóór elke database-update, import, sleutelvernieuwing en terugzetting. Elke kopie wordt direct gecontroleerd;
          van een versleutelde database is ook de kopie versleuteld.
        </p>
      }
      className="page--beheer"
    >
      <BeheerNav />
      <section className="card" aria-labelledby="kop-backup-maken">
        <div className="card-head">
          <h2 id="kop-backup-maken" className="card-title">
            Nu een reservekopie maken
          </h2>
          <button type="button" className="button button--primary" aria-disabled={backupPending || undefined} onClick={() => void (backupPending ? undefined : onBackup())}>
            {backupPending ? 'Reservekopie wordt gemaakt…' : 'Reservekopie maken'}
          </button>
        </div>
        {stats.data ? (
          <p>
            {last ? (
              <>
                Laatste reservekopie: <strong>{formatDateTime(last.createdAt)}</strong>.
              </>
            ) : (
              <strong>Er is nog geen reservekopie.</strong>
            )}
          </p>
        ) : null}
        {backupError ? (
          <p className="notice notice--error" role="alert">
            De reservekopie is niet gemaakt: {backupError}
          </p>
        ) : null}
      </section>

      <section className="card" aria-labelledby="kop-backups">
        <h2 id="kop-backups" className="card-title">
          Beschikbare reservekopieën
        </h2>
        <p>
          Zet een reservekopie terug als er gegevens verloren zijn gegaan of per ongeluk zijn gewijzigd. Alles wat na het moment van de kopie is vastgelegd, verdwijnt dan; Schotvrij maakt
          eerst een reservekopie van de huidige gegevens.
        </p>
        <LoadFailure query={backups} what="De lijst met reservekopieën" />
        {backups.data ? (
          backups.data.length === 0 ? (
            <p className="muted">Nog geen reservekopieën.</p>
          ) : (
            <div className="table-scroll">
              <table className="table table--backups" aria-labelledby="kop-backups">
                <thead>
                  <tr>
                    <th scope="col">Gemaakt op</th>
                    <th scope="col">Soort</th>
                    <th scope="col">Inhoud</th>
                    <th scope="col" className="num">
                      Grootte
                    </th>
                    <th scope="col">Bestand</th>
                    <th scope="col">
                      <span className="visually-hidden">Actie</span>
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {backups.data.map((b) => (
                    <tr key={b.file}>
                      <th scope="row" className="tabular nowrap">
                        {formatDateTimeShort(b.createdAt)}
                      </th>
                      <td>{BACKUP_KIND_LABEL[b.kind]}</td>
                      <td>
                        {backupContents(b.counts)}
                        <AllCounts counts={b.counts} />
                      </td>
                      <td className="num tabular nowrap">{formatBytes(b.sizeBytes)}</td>
                      <td>
                        <code className="path" title={b.file}>
                          {backupName(b.file)}
                        </code>
                        <span className="cell-note">
                          <span className="badge badge--ok">Gecontroleerd</span> {b.encrypted ? 'Versleuteld' : 'Niet versleuteld'}
                        </span>
                      </td>
                      <td>
                        <button type="button" className="button button--small" onClick={() => setRestoring(b)}>
                          Terugzetten<span className="visually-hidden"> (reservekopie van {formatDateTimeShort(b.createdAt)})</span>
                        </button>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )
        ) : backups.loading ? (
          <p role="status">Laden…</p>
        ) : null}
      </section>
      {restoring ? <RestoreDialog backup={restoring} onClose={() => setRestoring(null)} onDone={onRestored} /> : null}
    </Page>
  );
}
