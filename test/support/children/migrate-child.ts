/**
 * Child process for the crash tests: migrates `argv[2]` to the heavy v2 and prints
 * START before the first statement, DONE after COMMIT. The parent SIGKILLs it at a
 * random moment in between.
 */
import { migrate } from '../../../electron/core/db/migrate';
import { openDatabase } from '../../../electron/core/db/open';
import { HEAVY_V1, HEAVY_V2 } from '../heavy-migrations';

const db = openDatabase(process.argv[2]!);
process.stdout.write('START\n');
migrate(db, { migrations: [HEAVY_V1, HEAVY_V2], appVersion: 'crash-test', now: () => Date.now() });
db.close();
process.stdout.write('DONE\n');
