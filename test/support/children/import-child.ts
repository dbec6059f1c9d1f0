/**
 * Child process for the crash test: imports `argv[3]` (a bundle file) into the kassier
 * database `argv[2]`. Prints START before the import and DONE after it returned.
 */
import { readFileSync } from 'node:fs';
import { createCore } from '../../../electron/core/host';

const core = createCore({ dbPath: process.argv[2]!, dailyBackup: false });
const bytes = readFileSync(process.argv[3]!);
process.stdout.write('START\n');
const r = await core.call('import.bundle', { fileName: 'big.zip', base64: bytes.toString('base64') });
process.stdout.write(`${r.status}\nDONE\n`);
core.close();
