import type { InstallationInfo } from '../../shared/contract/index';
import type { Clock } from './clock';
import type { Db, DbKey } from './db/open';
import type { Ids } from './ids';
import type { Logger } from './logger';
import type { Orm } from './orm';

/** What every core handler receives. Built per call by the core; no module-level state. */
export interface CoreContext {
  db: Db;
  orm: Orm;
  clock: Clock;
  ids: Ids;
  logger: Logger;
  appVersion: string;
  dbPath: string;
  backupDir: string;
  key: DbKey | undefined;
  /** The installation row joined with its organisation; null before setup. */
  installation(): InstallationRecord | null;
  /** A verified backup of this database now (with its key id and audit head in the sidecar). */
  backup(kind: import('../../shared/contract/index').BackupInfo['kind']): import('../../shared/contract/index').BackupInfo;
  /** Progress of long work (imports), delivered to the UI as a `progress` event. */
  progress(task: string, done: number, total: number): void;
}

export interface InstallationRecord extends InstallationInfo {
  organisationId: string;
  casemanagerId: string | null;
}
