/**
 * Is the data folder synced to a cloud or on a network share? Such folders copy the
 * database file while SQLite writes it (torn copies, "conflicted copy" files that
 * silently fork the data; WAL needs shared memory a network share does not give), and
 * put health data on someone else's server. We warn; we do not refuse, because an
 * organisation may have a vetted setup.
 *
 * Pure on the path: unit-tested without touching any disk.
 */
const CLOUD_MARKERS: readonly [RegExp, string][] = [
  [/(^|\/)onedrive([ -][^/]*)?(\/|$)/, 'OneDrive'],
  [/(^|\/)dropbox( \([^/]+\))?(\/|$)/, 'Dropbox'],
  [/(^|\/)(google ?drive|my drive|mijn drive)(\/|$)/, 'Google Drive'],
  [/(^|\/)(icloud ?drive|mobile documents)(\/|$)/, 'iCloud'],
  [/(^|\/)library\/cloudstorage(\/|$)/, 'een cloudopslagdienst'],
  [/(^|\/)(nextcloud|owncloud)(\/|$)/, 'Nextcloud/ownCloud'],
  [/(^|\/)(box|box sync)(\/|$)/, 'Box'],
  [/(^|\/)sharepoint(\/|$)/, 'SharePoint'],
  [/(^|\/)pcloud( ?drive)?(\/|$)/, 'pCloud'],
];

export type FolderRisk = { kind: 'cloud'; service: string } | { kind: 'network' };

export function folderRisk(path: string): FolderRisk | null {
  const p = path.replace(/\\/g, '/').toLowerCase();
  if (p.startsWith('//') || /^\/(mnt|media|net|smb|nfs)\/[^/]*(smb|nfs|share|server|nas|net)/.test(p) || /^\/(net|smb|nfs)\//.test(p)) return { kind: 'network' };
  for (const [re, service] of CLOUD_MARKERS) if (re.test(p)) return { kind: 'cloud', service };
  return null;
}

/** The Dutch warning for the UI (null when the folder looks local). */
export function folderWarning(path: string): string | null {
  const risk = folderRisk(path);
  if (!risk) return null;
  if (risk.kind === 'network') {
    return 'De database staat op een netwerkschijf. Bij een haperende verbinding kan de database beschadigen, en anderen kunnen het bestand kopiëren. Zet de gegevensmap op de eigen schijf van deze computer.';
  }
  return `De database staat in een map die met ${risk.service} wordt gesynchroniseerd. Synchroniseren tijdens het schrijven kan de database beschadigen of splitsen, en de gegevens komen op een server van derden. Zet de gegevensmap buiten deze map.`;
}

/** The English warning for the CLI and logs. */
export function folderWarningEn(path: string): string | null {
  const risk = folderRisk(path);
  if (!risk) return null;
  return risk.kind === 'network'
    ? `${path} looks like a network share; SQLite's WAL is not safe there — keep the database on a local disk`
    : `${path} is in a folder synced by ${risk.service}; syncing while SQLite writes can corrupt or fork the database — keep it outside synced folders`;
}
