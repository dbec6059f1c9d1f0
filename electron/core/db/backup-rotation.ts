/**
 * Which backups to keep. Pure, so the policy is unit-tested without files.
 *
 * Policy (architecture.md §6.2): automatic backups — the newest of each of the last
 * 7 days that have one, plus the newest of each of the last 4 ISO weeks; the last 3
 * pre-migration backups; the last 5 pre-import and pre-restore backups and the last 3 pre-rekey ones; the last 10
 * manual ones. A backup is never deleted by rotation in the same call that made it.
 */
export interface RotationEntry {
  file: string;
  kind: 'auto' | 'manual' | 'pre-migrate' | 'pre-import' | 'pre-restore' | 'pre-rekey';
  createdAt: number;
  /** Calendar date (Europe/Amsterdam) of createdAt, 'YYYY-MM-DD'. */
  localDate: string;
}

export const KEEP = { daily: 7, weekly: 4, 'pre-migrate': 3, 'pre-import': 5, 'pre-restore': 5, 'pre-rekey': 3, manual: 10 } as const;

/** ISO-8601 week key 'YYYY-Www' for a 'YYYY-MM-DD' date. */
export function isoWeek(localDate: string): string {
  const [y, m, d] = localDate.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  const day = date.getUTCDay() || 7;
  date.setUTCDate(date.getUTCDate() + 4 - day); // Thursday of this week decides the year
  const yearStart = Date.UTC(date.getUTCFullYear(), 0, 1);
  const week = Math.ceil(((date.getTime() - yearStart) / 86400000 + 1) / 7);
  return `${date.getUTCFullYear()}-W${String(week).padStart(2, '0')}`;
}

function newestPerKey(entries: RotationEntry[], key: (e: RotationEntry) => string, count: number): Set<string> {
  const seen = new Map<string, RotationEntry>();
  for (const e of [...entries].sort((a, b) => b.createdAt - a.createdAt)) {
    const k = key(e);
    if (!seen.has(k)) seen.set(k, e);
  }
  return new Set([...seen.values()].slice(0, count).map((e) => e.file));
}

export function backupsToDelete(entries: readonly RotationEntry[], justMade?: string): string[] {
  const keep = new Set<string>();
  const auto = entries.filter((e) => e.kind === 'auto');
  for (const f of newestPerKey(auto, (e) => e.localDate, KEEP.daily)) keep.add(f);
  for (const f of newestPerKey(auto, (e) => isoWeek(e.localDate), KEEP.weekly)) keep.add(f);
  for (const kind of ['pre-migrate', 'pre-import', 'pre-restore', 'pre-rekey', 'manual'] as const) {
    const ofKind = entries.filter((e) => e.kind === kind).sort((a, b) => b.createdAt - a.createdAt);
    for (const e of ofKind.slice(0, KEEP[kind])) keep.add(e.file);
  }
  if (justMade) keep.add(justMade);
  return entries.filter((e) => !keep.has(e.file)).map((e) => e.file);
}
