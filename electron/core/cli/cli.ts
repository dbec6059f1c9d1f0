/**
 * `schotvrij` — the command line. Runs the core in plain Node, in-process.
 *
 * `runCli` takes argv and output streams and returns the exit code, so tests call it
 * directly; `main.ts` is the thin process wrapper. Messages are English (CLI/logs);
 * the UI is Dutch.
 */
import { existsSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Command, CommanderError, Option } from 'commander';
import type { ErrorCode, ImportReport } from '../../../shared/contract/index';
import { ROLES } from '../../../shared/domain/enums';
import { APP_VERSION } from '../app-info';
import type { DbKey } from '../db/open';
import { generateDemo } from '../demo/generator';
import type { DemoSize } from '../demo/network-model';
import { SchotvrijError } from '../errors';
import { CallError, createCore, type Core } from '../host';
import { stderrLogger } from '../logger';
import { folderWarningEn } from '../security/folders';
import { keysPathFor, readKeysFile, unlockWithSecretSync } from '../security/keystore';

export const EXIT = {
  ok: 0,
  /** The command ran and found a problem (verify), or an operation failed. */
  failed: 1,
  /** Bad arguments. */
  usage: 2,
  /** Database refused: newer schema, wrong/missing key, not a Schotvrij database. */
  refused: 3,
  /** A migration failed; the database stayed at its last good version. */
  migration: 4,
} as const;

export interface CliIo {
  out: (s: string) => void;
  err: (s: string) => void;
  env: NodeJS.ProcessEnv;
}

const HELP_FOOTER = `
Database key:
  An encrypted database needs its key: set SCHOTVRIJ_KEY, or pass --key-file <file>.

Exit codes:
  0  success
  1  the command found a problem (verify) or failed
  2  usage error (unknown command, bad or missing argument)
  3  database refused: written by a newer Schotvrij, wrong or missing key, or not a Schotvrij database
  4  migration failed; the database is unchanged at its last good version (a verified backup was taken first)

Examples:
  schotvrij demo --db demo.sqlite --size small
  schotvrij verify --db demo.sqlite
  schotvrij stats --db demo.sqlite --json
  schotvrij backup --db demo.sqlite
`;

function exitCodeFor(code: ErrorCode): number {
  switch (code) {
    case 'DB_NEWER':
    case 'DB_KEY':
    case 'WRONG_SECRET':
    case 'DB_OPEN':
      return EXIT.refused;
    case 'DB_MIGRATION':
      return EXIT.migration;
    case 'VALIDATION':
      return EXIT.usage;
    default:
      return EXIT.failed;
  }
}

class CliExit extends Error {
  constructor(readonly code: number) {
    super(`exit ${code}`);
  }
}

/**
 * The secret from --key-file or SCHOTVRIJ_KEY. For a workspace set up by the app (a
 * `<db>.keys.json` next to it) the secret is the password or the recovery key and unwraps
 * the data key; without a keys file it is a SQLCipher passphrase (databases keyed by hand).
 */
function keyFrom(dbPath: string, opts: { keyFile?: string }, env: NodeJS.ProcessEnv): DbKey | undefined {
  let secret: string | undefined;
  if (opts.keyFile) {
    secret = readFileSync(opts.keyFile, 'utf8').trim();
    if (!secret) throw new SchotvrijError('VALIDATION', 'Het sleutelbestand is leeg.', `key file ${opts.keyFile} is empty`);
  } else if (env.SCHOTVRIJ_KEY) secret = env.SCHOTVRIJ_KEY;
  const keys = readKeysFile(keysPathFor(dbPath));
  if (!keys) return secret ? { passphrase: secret } : undefined;
  if (!secret) throw new SchotvrijError('DB_KEY', 'Deze database is versleuteld. Geef het wachtwoord of de herstelsleutel op.', `${dbPath} is encrypted: set SCHOTVRIJ_KEY or pass --key-file with the password or the recovery key`);
  const raw = unlockWithSecretSync(keys, secret);
  if (!raw) throw new SchotvrijError('WRONG_SECRET', 'Het wachtwoord of de herstelsleutel klopt niet.', `wrong password or recovery key for ${dbPath}`);
  return { raw };
}

function fmtBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} KiB`;
  return `${(n / 1024 / 1024).toFixed(1)} MiB`;
}

/** Write next to the target and rename: a reader never sees half a file. */
function writeFileAtomic(path: string, data: string | Uint8Array): void {
  const tmp = `${path}.partial`;
  writeFileSync(tmp, data);
  renameSync(tmp, path);
}

export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const program = new Command();
  let exitCode: number = EXIT.ok;
  const logger = stderrLogger('schotvrij');

  const dbOption = () => new Option('--db <file>', 'Schotvrij database file').makeOptionMandatory(true);
  const keyOption = () => new Option('--key-file <file>', 'file holding the database key (default: $SCHOTVRIJ_KEY)');

  /** Opens a core for a command, maps refusals to exit codes, always closes. */
  async function withCore<T>(opts: { db: string; keyFile?: string }, fn: (core: Core) => Promise<T> | T, coreOpts: { dailyBackup?: boolean; mustExist?: boolean } = {}): Promise<T> {
    const dbPath = resolve(opts.db);
    if (coreOpts.mustExist !== false && !existsSync(dbPath)) {
      io.err(`schotvrij: database not found: ${dbPath}\n`);
      throw new CliExit(EXIT.usage);
    }
    const risk = folderWarningEn(dbPath);
    if (risk) io.err(`schotvrij: warning: ${risk}\n`);
    const core = createCore({ dbPath, key: keyFrom(dbPath, opts, io.env), logger, dailyBackup: coreOpts.dailyBackup ?? false });
    try {
      if (core.migration.applied.length > 0 && core.migration.from > 0) {
        io.err(`schotvrij: migrated database from schema version ${core.migration.from} to ${core.migration.to} (verified backup taken first)\n`);
      }
      return await fn(core);
    } finally {
      core.close();
    }
  }

  program
    .name('schotvrij')
    .description(`Schotvrij ${APP_VERSION} — offline-first dossier, plan, time registration, kassier and ketenregie for Dutch care networks.`)
    .version(APP_VERSION, '-V, --version')
    .showHelpAfterError()
    .addHelpText('after', HELP_FOOTER)
    .exitOverride()
    .configureOutput({ writeOut: io.out, writeErr: io.err });

  program
    .command('demo')
    .description('create a fictional demo network database, as one installation would hold it')
    .addOption(dbOption())
    .addOption(new Option('--role <role>', 'installation role').choices([...ROLES]).default('arrangeur'))
    .addOption(new Option('--size <size>', 'network size').choices(['small', 'network', 'kassier']).default('small'))
    .option('--seed <n>', 'generator seed: installations made from one seed belong to one network', '1')
    .option('--force', 'replace an existing database file')
    .addOption(keyOption())
    .action(async (opts: { db: string; role: (typeof ROLES)[number]; size: DemoSize; seed: string; force?: boolean; keyFile?: string }) => {
      const seed = Number(opts.seed);
      if (!Number.isInteger(seed) || seed < 1 || seed > 2 ** 31 - 1) {
        io.err(`schotvrij: --seed must be a whole number from 1 to ${2 ** 31 - 1}\n`);
        throw new CliExit(EXIT.usage);
      }
      const dbPath = resolve(opts.db);
      if (existsSync(dbPath) && statSync(dbPath).size > 0) {
        if (!opts.force) {
          io.err(`schotvrij: ${dbPath} already exists; use --force to replace it with a new demo database\n`);
          throw new CliExit(EXIT.usage);
        }
        for (const s of ['', '-wal', '-shm']) rmSync(dbPath + s, { force: true });
      }
      await withCore(opts, (core) => {
        const t0 = performance.now();
        const s = generateDemo(core, { role: opts.role, size: opts.size, seed });
        io.out(
          `Demo network (seed ${s.seed}, size ${s.size}) written to ${dbPath} as a ${s.role} installation: ` +
            `${s.organisations} organisations, ${s.funders} funders, ${s.casemanagers} casemanagers, ${s.clients} clients ` +
            `in ${Math.round(performance.now() - t0)} ms.\n`,
        );
      }, { mustExist: false });
    });

  program
    .command('stats')
    .description('counts per entity, schema version, last backup')
    .addOption(dbOption())
    .option('--json', 'machine-readable output')
    .addOption(keyOption())
    .action(async (opts: { db: string; json?: boolean; keyFile?: string }) => {
      await withCore(opts, async (core) => {
        const stats = await core.call('system.stats');
        const info = await core.call('system.info');
        if (opts.json) {
          io.out(JSON.stringify({ ...stats, appVersion: info.appVersion, installation: info.installation, encrypted: info.encrypted }, null, 2) + '\n');
          return;
        }
        const inst = info.installation;
        io.out(`Database      ${core.dbPath} (${fmtBytes(stats.dbSizeBytes)}${info.encrypted ? ', encrypted' : ''})\n`);
        io.out(`Schema        version ${stats.schemaVersion} of ${stats.latestSchemaVersion}\n`);
        io.out(`Installation  ${inst ? `${inst.role} at ${inst.organisationName}${inst.demo ? ` (demo seed ${inst.demo.seed}, ${inst.demo.size})` : ''}` : 'not set up'}\n`);
        io.out(`Last backup   ${stats.lastBackup ? `${new Date(stats.lastBackup.createdAt).toISOString()} (${stats.lastBackup.kind}) ${stats.lastBackup.file}` : 'none'}\n`);
        io.out('Counts\n');
        for (const [table, n] of Object.entries(stats.counts)) io.out(`  ${table.padEnd(14)} ${n}\n`);
      });
    });

  program
    .command('backup')
    .description('take a verified backup now (VACUUM INTO + quick_check), with rotation')
    .addOption(dbOption())
    .option('--json', 'machine-readable output')
    .addOption(keyOption())
    .action(async (opts: { db: string; json?: boolean; keyFile?: string }) => {
      await withCore(opts, async (core) => {
        const b = await core.call('system.backup');
        io.out(opts.json ? JSON.stringify(b, null, 2) + '\n' : `Backup verified (quick_check ok) and written: ${b.file} (${fmtBytes(b.sizeBytes)})\n`);
      });
    });

  program
    .command('backups')
    .description('list verified backups, newest first')
    .addOption(dbOption())
    .option('--json', 'machine-readable output')
    .addOption(keyOption())
    .action(async (opts: { db: string; json?: boolean; keyFile?: string }) => {
      await withCore(opts, async (core) => {
        const list = await core.call('system.backups');
        if (opts.json) return void io.out(JSON.stringify(list, null, 2) + '\n');
        if (list.length === 0) return void io.out('No backups yet.\n');
        for (const b of list) io.out(`${new Date(b.createdAt).toISOString()}  ${b.kind.padEnd(11)}  schema ${b.schemaVersion}  ${fmtBytes(b.sizeBytes).padStart(10)}  ${b.file}\n`);
      });
    });

  program
    .command('restore')
    .description('replace the database with a verified backup (a pre-restore backup is taken first)')
    .addOption(dbOption())
    .requiredOption('--from <backup>', 'backup file to restore')
    .addOption(keyOption())
    .action(async (opts: { db: string; from: string; keyFile?: string }) => {
      await withCore(opts, async (core) => {
        core.restore(resolve(opts.from));
        const stats = await core.call('system.stats');
        io.out(`Restored ${core.dbPath} from ${resolve(opts.from)}; schema version ${stats.schemaVersion}. The previous state was kept as a pre-restore backup.\n`);
      });
    });

  program
    .command('verify')
    .description('check integrity, foreign keys, migration state and the access-log hash chain; exit 1 on any problem')
    .addOption(dbOption())
    .option('--quick', 'quick_check instead of the full integrity_check')
    .option('--json', 'machine-readable output')
    .addOption(keyOption())
    .action(async (opts: { db: string; quick?: boolean; json?: boolean; keyFile?: string }) => {
      await withCore(opts, async (core) => {
        const r = await core.call('system.verify', { full: !opts.quick });
        if (opts.json) io.out(JSON.stringify(r, null, 2) + '\n');
        else for (const c of r.checks) io.out(`${c.ok ? 'ok  ' : 'FAIL'}  ${c.name.padEnd(18)} ${c.detail}\n`);
        if (!r.ok) {
          io.err('schotvrij: verify found problems\n');
          exitCode = EXIT.failed;
        }
      });
    });

  const exportCmd = program.command('export').description('write exchange files');

  exportCmd
    .command('registrations')
    .description('export the not-yet-exported registrations of a month as a signed bundle (they become immutable)')
    .addOption(dbOption())
    .requiredOption('--period <YYYY-MM>', 'month')
    .requiredOption('--out <file>', 'bundle file to write')
    .addOption(keyOption())
    .action(async (opts: { db: string; period: string; out: string; keyFile?: string }) => {
      await withCore(opts, async (core) => {
        const r = await core.call('export.registrations', { period: opts.period });
        writeFileAtomic(resolve(opts.out), Buffer.from(r.base64, 'base64'));
        io.out(`Exported ${r.batch.rowCount} registration version(s) of ${r.batch.period} as batch ${r.batch.seq} to ${resolve(opts.out)} (sha256 ${r.batch.sha256.slice(0, 16)}…). They are now immutable.\n`);
      });
    });

  exportCmd
    .command('fhir')
    .description("FHIR R4 Bundle of a client's plan (the current version, or --version)")
    .addOption(dbOption())
    .requiredOption('--client <id>', 'client id')
    .option('--version <id>', 'plan version id (default: the current version)')
    .requiredOption('--out <file>', 'output file (.json)')
    .addOption(keyOption())
    .action(async (opts: { db: string; client: string; version?: string; out: string; keyFile?: string }) => {
      await withCore(opts, async (core) => {
        let versionId = opts.version;
        if (!versionId) {
          const d = await core.call('clients.dossier', { id: opts.client });
          if (!d.currentVersion) {
            io.err(`schotvrij: client ${opts.client} has no plan\n`);
            throw new CliExit(EXIT.failed);
          }
          versionId = d.currentVersion.id;
        }
        const r = await core.call('plans.exportFhir', { versionId });
        writeFileAtomic(resolve(opts.out), r.json);
        io.out(`FHIR Bundle written to ${resolve(opts.out)} (${r.json.length} bytes)\n`);
      });
    });

  const identityCmd = program.command('identity').description("this installation's public identity");
  identityCmd
    .command('export')
    .description('write the public identity (organisation, installation id, public key, fingerprint) for the receiver to trust')
    .addOption(dbOption())
    .requiredOption('--out <file>', 'identity file to write (.json)')
    .addOption(keyOption())
    .action(async (opts: { db: string; out: string; keyFile?: string }) => {
      await withCore(opts, async (core) => {
        const id = await core.call('identity.export');
        const me = await core.call('identity.get');
        writeFileAtomic(resolve(opts.out), id.json);
        io.out(`Identity of ${me.label} written to ${resolve(opts.out)}\nFingerprint: ${me.fingerprint}\nThe receiver compares this fingerprint with you (by phone) before trusting it.\n`);
      });
    });

  program
    .command('trust')
    .description('trust installations from their identity files, list trusted ones, or revoke one')
    .addOption(dbOption())
    .argument('[identity...]', 'identity files to trust')
    .option('--list', 'list trusted installations')
    .option('--revoke <installationId>', 'stop accepting bundles from this installation')
    .addOption(keyOption())
    .action(async (files: string[], opts: { db: string; list?: boolean; revoke?: string; keyFile?: string }) => {
      await withCore(opts, async (core) => {
        for (const f of files) {
          const s = await core.call('trust.add', { json: readFileSync(resolve(f), 'utf8') });
          io.out(`Trusted ${s.label} (${s.organisationAgb ?? 'no AGB'}), fingerprint ${s.fingerprint}\n`);
        }
        if (opts.revoke) {
          const s = await core.call('trust.revoke', { installationId: opts.revoke });
          io.out(`Revoked ${s.label}: its bundles are refused from now on.\n`);
        }
        if (opts.list || (files.length === 0 && !opts.revoke)) {
          const list = await core.call('trust.list');
          if (list.length === 0) io.out('No trusted installations.\n');
          for (const s of list) io.out(`${s.revokedAt ? 'REVOKED ' : ''}${s.label}  ${s.organisationAgb ?? ''}  ${s.fingerprint}  ${s.installationId}\n`);
        }
      });
    });

  program
    .command('import')
    .description('import registration bundles (or, with --org, CSV files of an organisation without Schotvrij): each accepted whole or refused whole')
    .addOption(dbOption())
    .argument('<file...>', 'bundle (.zip) or CSV (.csv) files')
    .option('--org <agb>', 'organisation AGB for CSV files')
    .addOption(keyOption())
    .action(async (files: string[], opts: { db: string; org?: string; keyFile?: string }) => {
      await withCore(
        opts,
        async (core) => {
          let accepted = 0;
          let duplicate = 0;
          let refused = 0;
          const print = (f: string, r: ImportReport) => {
            if (r.status === 'refused') refused++;
            else if (r.status === 'duplicate') duplicate++;
            else accepted++;
            io.out(`${r.status.padEnd(9)} ${f}${r.organisation ? `  ${r.organisation}` : ''}${r.period ? ` ${r.period}` : ''}  rows ${r.rows}, new ${r.accepted}, already present ${r.duplicate}\n`);
            for (const reason of r.reasons.slice(0, 20)) io.out(`          ${reason.code}: ${reason.detail}\n`);
            if (r.keptColumns.length) io.out(`          kept unknown columns: ${r.keptColumns.join(', ')}\n`);
          };
          const bundles = files.filter((f) => !/\.csv$/i.test(f));
          const csvs = files.filter((f) => /\.csv$/i.test(f));
          // All bundles of one invocation: one verified backup, one transaction, each bundle whole or nothing.
          if (bundles.length) {
            const reports = await core.call('import.bundleFiles', { paths: bundles.map((f) => resolve(f)) });
            reports.forEach((r, i) => print(bundles[i]!, r));
          }
          for (const f of csvs) {
            if (!opts.org) {
              io.err(`schotvrij: ${f}: a CSV file needs --org <agb>\n`);
              refused++;
              continue;
            }
            const path = resolve(f);
            print(f, await core.call('import.csv', { fileName: path.split(/[\\/]/).pop()!, text: readFileSync(path, 'utf8'), organisationAgb: opts.org }));
          }
          io.out(`accepted ${accepted}, duplicate ${duplicate}, refused ${refused}\n`);
          if (refused > 0) exitCode = EXIT.failed;
        },
        { dailyBackup: false },
      );
    });

  try {
    await program.parseAsync(argv, { from: 'user' });
    return exitCode;
  } catch (e) {
    if (e instanceof CliExit) return e.code;
    if (e instanceof CommanderError) {
      // --help and --version exit through here with code 0.
      return e.exitCode === 0 ? EXIT.ok : EXIT.usage;
    }
    if (e instanceof SchotvrijError) {
      io.err(`schotvrij: ${e.en}\n`);
      return exitCodeFor(e.code);
    }
    if (e instanceof CallError) {
      io.err(`schotvrij: ${e.error.code}: ${e.error.en ?? e.error.message}\n`);
      return exitCodeFor(e.error.code);
    }
    io.err(`schotvrij: unexpected error: ${(e as Error).stack ?? String(e)}\n`);
    return EXIT.failed;
  }
}
