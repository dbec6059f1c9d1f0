/**
 * Proof (issue 7 §5): every parser that takes input from outside the laptop is fuzzed
 * with fast-check — at least 10,000 cases each — and must answer with a typed refusal
 * (a `Refusal`, an `ImportReport` that says `refused`, or a `SchotvrijError`), never
 * with any other exception. After every refused import the kassier database holds
 * exactly the rows it held before. Real SQLite files in temp folders, no mocks.
 *
 * `npm run test:stress` runs the same properties with ten times the cases.
 */
import fc from 'fast-check';
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { CoreContext } from '../../electron/core/context';
import { SchotvrijError } from '../../electron/core/errors';
import { CallError, type Core } from '../../electron/core/host';
import { Manifest, openBundle, parseCsv, REGISTRATION_COLUMNS, signBundleBytes, toCsv, verifyBundle, type Cell, type OpenedBundle } from '../../electron/core/services/bundle';
import { importBundle, importCsv, trustIdentity } from '../../electron/core/services/exchange';
import { fingerprint, newKeyPair, signBytes } from '../../electron/core/services/signing';
import { ImportReport, TrustedSigner } from '../../shared/contract/sync';
import { isRealDate } from '../../shared/domain/dates';
import { instantOf } from '../../shared/domain/time';
import { casemanagerLaptop, exportMonth, kassier, settableClock, trustLaptop, type Laptop } from '../support/exchange';
import { cells, coreContext, producerOf, REFUSAL_CODES, rowCounts, scaled, signedBundle, timeout, validRow, type Producer, type RegistrationRow } from '../support/proof';
import { useTempDirs } from '../support/temp';

const tempDir = useTempDirs();
/** fast-check cases per parser: ≥ 10,000 in npm test. */
const RUNS = scaled(10_000, 100_000);
/** The kassier's import path writes (and fsyncs) every accepted bundle: fewer, heavier cases. */
const WRITING_RUNS = scaled(1_500, 15_000);
/** The import path on re-zipped bundles (zip, sign, import): still thousands, the reader itself has its 10,000 above. */
const IMPORT_RUNS = scaled(3_000, 30_000);

const CODES = new Set<string>(REFUSAL_CODES);
const ORG = '01000001';

interface World {
  laptop: Laptop;
  k: Core;
  ctx: CoreContext;
  producer: Producer;
  /** A genuine bundle with new rows, corrections, a tombstone, events and quoted free text. */
  genuine: Uint8Array;
}

async function world(): Promise<World> {
  const dir = tempDir();
  const clock = settableClock(instantOf('2026-11-23', 12));
  const laptop = casemanagerLaptop(dir, 'a', { agb: ORG, seed: 1, clock });
  const k = kassier(dir, 'k', { clock, members: [ORG, '01000002'] });
  await trustLaptop(k, laptop);
  const ids: string[] = [];
  for (let i = 0; i < 6; i++) ids.push((await laptop.core.call('registrations.create', { date: `2026-11-0${i + 2}`, minutes: 20 + i, clientId: laptop.clients[i % 3]!, activityCode: 'direct' })).id);
  await exportMonth(laptop, '2026-11');
  await laptop.core.call('registrations.update', { id: ids[0]!, fields: { date: '2026-11-02', minutes: 75, clientId: laptop.clients[0]!, activityCode: 'direct' }, correctionReason: 'Langer, "zie" mail; akkoord' });
  await laptop.core.call('registrations.remove', { id: ids[1]!, correctionReason: 'Dubbel geboekt' });
  await laptop.core.call('registrations.create', { date: '2026-11-20', minutes: 45, clientId: laptop.clients[2]!, activityCode: 'direct' });
  const genuine = (await exportMonth(laptop, '2026-11')).bytes;
  return { laptop, k, ctx: coreContext(k), producer: await producerOf(laptop), genuine: new Uint8Array(genuine) };
}

// ---------------------------------------------------------------- byte-level mutations

type Mutation =
  | { t: 'flip'; at: number; mask: number }
  | { t: 'truncate'; at: number }
  | { t: 'insert'; at: number; bytes: Uint8Array }
  | { t: 'delete'; at: number; len: number }
  | { t: 'overwrite'; at: number; bytes: Uint8Array };

/** A position: anywhere, or (as often) near the end, where the signature, EOCD and central directory are. */
const position = fc.oneof(fc.nat(), fc.integer({ min: -400, max: -1 }));
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  { weight: 6, arbitrary: fc.record({ t: fc.constant('flip' as const), at: position, mask: fc.integer({ min: 1, max: 255 }) }) },
  { weight: 1, arbitrary: fc.record({ t: fc.constant('truncate' as const), at: position }) },
  { weight: 2, arbitrary: fc.record({ t: fc.constant('insert' as const), at: position, bytes: fc.uint8Array({ minLength: 1, maxLength: 16 }) }) },
  { weight: 2, arbitrary: fc.record({ t: fc.constant('delete' as const), at: position, len: fc.integer({ min: 1, max: 64 }) }) },
  { weight: 2, arbitrary: fc.record({ t: fc.constant('overwrite' as const), at: position, bytes: fc.uint8Array({ minLength: 1, maxLength: 8 }) }) },
);

function mutate(original: Uint8Array, ms: readonly Mutation[]): Uint8Array {
  let b = original.slice();
  for (const m of ms) {
    if (b.length === 0) break;
    const at = ((m.at % b.length) + b.length) % b.length;
    if (m.t === 'flip') b[at]! ^= m.mask;
    else if (m.t === 'truncate') b = b.slice(0, at);
    else if (m.t === 'insert') b = Buffer.concat([b.subarray(0, at), m.bytes, b.subarray(at)]);
    else if (m.t === 'delete') b = Buffer.concat([b.subarray(0, at), b.subarray(at + m.len)]);
    else b.set(m.bytes.subarray(0, b.length - at), at);
  }
  return new Uint8Array(b);
}

const same = (a: Uint8Array, b: Uint8Array) => a.length === b.length && Buffer.from(a).equals(Buffer.from(b));

/** What openBundle may answer: a typed refusal, a newer-format stub, or a structurally checked bundle. */
function expectTyped(r: ReturnType<typeof openBundle>): 'refused' | 'future' | 'opened' {
  if ('code' in r) {
    expect(CODES.has(r.code), r.code).toBe(true);
    expect(typeof r.message === 'string' && r.message.length > 0 && typeof r.detail === 'string').toBe(true);
    return 'refused';
  }
  if ('futureFormat' in r) {
    expect(r.futureFormat).toBeGreaterThan(1);
    expect(typeof r.installationId).toBe('string');
    expect(r.signature).toHaveLength(64);
    return 'future';
  }
  expect(Manifest.safeParse(r.manifest).success).toBe(true);
  expect(r.signature).toHaveLength(64);
  for (const [name, data] of r.files) expect(typeof name === 'string' && data instanceof Uint8Array).toBe(true);
  return 'opened';
}

/** The archive comment as a writer leaves it: 106 bytes, our prefix and a base64 signature of 64 random bytes. */
const signatureTail = fc.uint8Array({ minLength: 64, maxLength: 64 }).map((s) => strToU8(`SCHOTVRIJ-ED25519:${Buffer.from(s).toString('base64')}`));

/** An end-of-central-directory record with random fields and our comment length (106). */
const fakeEocd = fc
  .record({ disk: fc.nat(0xffff), entries: fc.oneof(fc.integer({ min: 0, max: 5 }), fc.nat(0xffff)), size: fc.nat(), offset: fc.oneof(fc.nat(4096), fc.nat()) })
  .map(({ disk, entries, size, offset }) => {
    const e = new Uint8Array(22);
    const v = new DataView(e.buffer);
    v.setUint32(0, 0x06054b50, true);
    v.setUint16(4, disk, true);
    v.setUint16(8, entries, true);
    v.setUint16(10, entries, true);
    v.setUint32(12, size >>> 0, true);
    v.setUint32(16, offset >>> 0, true);
    v.setUint16(20, 106, true);
    return e;
  });

// ---------------------------------------------------------------- zip-level mutations

type EntryEdit =
  | { t: 'replace'; name: string; content: Uint8Array }
  | { t: 'remove'; name: string }
  | { t: 'manifest'; path: string[]; value: unknown };

const entryName = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom('manifest.json', 'registrations.csv', 'events.csv') },
  { weight: 2, arbitrary: fc.constantFrom('extra.csv', 'Manifest.json', 'a.b', 'x', 'constructor', 'toString', 'dir/file.csv', '__proto__') },
  { weight: 1, arbitrary: fc.string({ minLength: 1, maxLength: 12 }) },
);
const CSV_ALPHABET = ['a', 'Z', '0', '1', '9', ',', ';', '\t', '|', '"', '"', '\n', '\r', ' ', '-', 'é', '\uFEFF', '\u2028', '2026-11-02'];
/** Text made of what breaks CSV readers: separators, quotes, line ends, BOM (bytes mapped to tokens: fast to generate and shrink). */
const csvText = fc.uint8Array({ maxLength: 120 }).map((b) => Array.from(b, (x) => CSV_ALPHABET[x % CSV_ALPHABET.length]).join(''));
const content = fc.oneof(
  fc.uint8Array({ maxLength: 300 }),
  csvText.map(strToU8),
  fc.json({ maxDepth: 2 }).map(strToU8),
  fc.constant(strToU8(`${REGISTRATION_COLUMNS.join(',')}\n`)),
);
const manifestPaths = [
  ['format'], ['formatVersion'], ['kind'], ['app'], ['app', 'schemaVersion'], ['producer'], ['producer', 'installationId'], ['producer', 'organisationAgb'], ['batch'], ['batch', 'id'], ['batch', 'seq'],
  ['period'], ['files'], ['files', '0'], ['files', '0', 'name'], ['files', '0', 'rows'], ['files', '0', 'columns'], ['files', '1', 'sha256'], ['totals'], ['x-new-field'],
];
const entryEdit: fc.Arbitrary<EntryEdit> = fc.oneof(
  fc.record({ t: fc.constant('replace' as const), name: entryName, content }),
  fc.record({ t: fc.constant('remove' as const), name: entryName }),
  fc.record({
    t: fc.constant('manifest' as const),
    path: fc.constantFrom(...manifestPaths),
    value: fc.oneof(fc.jsonValue({ maxDepth: 2 }), fc.constantFrom(2, 1.5, -1, 0, 1e308, '2026-11', ORG, '01000002', 'registrations.csv', null, [], {})),
  }),
);

function setPath(obj: Record<string, unknown>, path: string[], value: unknown): void {
  let o: unknown = obj;
  for (const k of path.slice(0, -1)) {
    if (typeof o !== 'object' || o === null) return;
    o = (o as Record<string, unknown>)[k];
  }
  if (typeof o === 'object' && o !== null) (o as Record<string, unknown>)[path[path.length - 1]!] = value;
}

const unzipped = new WeakMap<Uint8Array, Record<string, Uint8Array>>();

/** Rebuilds the zip with the edits; null when the edit makes no zip fflate can write. */
function editZip(genuine: Uint8Array, edits: readonly EntryEdit[], level: 0 | 6): Uint8Array | null {
  if (!unzipped.has(genuine)) unzipped.set(genuine, unzipSync(genuine));
  const entries: Record<string, Uint8Array> = { ...unzipped.get(genuine)! };
  for (const e of edits) {
    if (e.t === 'replace') entries[e.name] = e.content;
    else if (e.t === 'remove') delete entries[e.name];
    else if (entries['manifest.json']) {
      try {
        const m = JSON.parse(strFromU8(entries['manifest.json'])) as Record<string, unknown>;
        setPath(m, e.path, e.value);
        entries['manifest.json'] = strToU8(JSON.stringify(m));
      } catch {
        // the manifest was replaced by something that is not JSON: leave it
      }
    }
  }
  const z: Zippable = {};
  for (const [name, data] of Object.entries(entries)) z[name] = [data, { level, mtime: new Date(Date.UTC(2020, 0, 1)) }];
  try {
    return zipSync(z);
  } catch {
    return null;
  }
}

const placeholderKey = newKeyPair().privateKeyDer;

/** Appends our archive comment with a random (unverifiable) signature: what a forger without the key can write. */
function forgedSignature(zip: Uint8Array, random: Uint8Array): Uint8Array {
  const tail = strToU8(`SCHOTVRIJ-ED25519:${Buffer.from(random).toString('base64')}`);
  const out = new Uint8Array(zip.length + tail.length);
  out.set(zip);
  new DataView(out.buffer).setUint16(zip.length - 2, tail.length, true);
  out.set(tail, zip.length);
  return out;
}
const random64 = fc.uint8Array({ minLength: 64, maxLength: 64 });

describe('fuzz: the bundle reader (openBundle)', () => {
  it(`answers ${RUNS} random byte strings with a typed refusal`, () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2048 }), (bytes) => {
        expect(expectTyped(openBundle(bytes))).toBe('refused');
      }),
      { numRuns: RUNS },
    );
  }, timeout(30_000));

  it(`answers ${RUNS} random bodies behind a well-formed signature tail without throwing`, () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 1024 }), fakeEocd, signatureTail, (body, eocd, tail) => {
        expectTyped(openBundle(Buffer.concat([body, eocd, tail])));
      }),
      { numRuns: RUNS },
    );
  }, timeout(30_000));

  it(`answers ${RUNS} mutations of a genuine bundle (flips, truncation, insertion, deletion) typed — and none verifies`, async () => {
    const w = await world();
    const key = Buffer.from((await w.laptop.core.call('identity.get')).publicKey, 'base64');
    const seen = { refused: 0, future: 0, opened: 0 };
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 4 }), (ms) => {
        const bytes = mutate(w.genuine, ms);
        const r = openBundle(bytes);
        const kind = expectTyped(r);
        seen[kind]++;
        // The signature covers every byte: whatever opens, a changed file never verifies.
        if (kind === 'opened') {
          const check = verifyBundle(r as OpenedBundle, key);
          if (same(bytes, w.genuine)) expect(check).toBeNull();
          else expect(check?.code).toMatch(/^(BAD_SIGNATURE|HASH_MISMATCH|TRUNCATED)$/);
        }
      }),
      { numRuns: RUNS },
    );
    // The mutations must reach past the container check, or they prove little.
    expect(seen.opened).toBeGreaterThan(RUNS / 20);
  }, timeout(60_000));

  it(`answers ${RUNS} zips with entries replaced, removed or added, and manifests edited, typed`, async () => {
    const w = await world();
    const key = Buffer.from((await w.laptop.core.call('identity.get')).publicKey, 'base64');
    fc.assert(
      fc.property(fc.array(entryEdit, { minLength: 1, maxLength: 3 }), fc.constantFrom(0 as const, 6 as const), fc.boolean(), random64, (edits, level, genuineKey, random) => {
        const zip = editZip(w.genuine, edits, level);
        if (!zip) return;
        const bytes = genuineKey ? signBundleBytes(zip, w.producer.privateKeyDer) : forgedSignature(zip, random);
        const r = openBundle(bytes);
        if (expectTyped(r) === 'opened') {
          const check = verifyBundle(r as OpenedBundle, key);
          if (!genuineKey) expect(check?.code).toMatch(/^(BAD_SIGNATURE|HASH_MISMATCH|TRUNCATED)$/);
          else if (check) expect(check.code).toMatch(/^(HASH_MISMATCH|TRUNCATED)$/);
        }
      }),
      { numRuns: RUNS },
    );
  }, timeout(60_000));
});

// ---------------------------------------------------------------- the kassier's import path

function expectReport(r: ImportReport): void {
  const parsed = ImportReport.safeParse(r);
  expect(parsed.success, parsed.success ? '' : JSON.stringify(parsed.error.issues.slice(0, 3))).toBe(true);
  if (r.status === 'refused') {
    expect(r.reasons.length).toBeGreaterThan(0);
    for (const x of r.reasons) expect(CODES.has(x.code), x.code).toBe(true);
  }
}

/** Calls a service; anything thrown must be a SchotvrijError (the dispatcher would otherwise answer INTERNAL). */
async function typed<T>(fn: () => Promise<T> | T): Promise<T | SchotvrijError> {
  try {
    return await fn();
  } catch (e) {
    expect(e, e instanceof Error ? (e.stack ?? e.message) : String(e)).toBeInstanceOf(SchotvrijError);
    return e as SchotvrijError;
  }
}

describe('fuzz: the kassier import (importBundle) — refused whole, nothing written', () => {
  it(`refuses ${RUNS} byte-level mutations of a genuine bundle; row counts unchanged after every one`, async () => {
    const w = await world();
    const seen: Record<string, number> = {};
    await fc.assert(
      fc.asyncProperty(fc.array(mutation, { minLength: 1, maxLength: 3 }), async (ms) => {
        const bytes = mutate(w.genuine, ms);
        const counts = rowCounts(w.k.internals.db);
        const r = await typed(() => importBundle(w.ctx, 'fuzz.schotvrij.zip', bytes, { backup: false }));
        expect(r).not.toBeInstanceOf(SchotvrijError);
        const report = r as ImportReport;
        expectReport(report);
        if (same(bytes, w.genuine)) {
          expect(report.status).toMatch(/accepted|duplicate/);
          return;
        }
        expect(report.status).toBe('refused');
        seen[report.reasons[0]!.code] = (seen[report.reasons[0]!.code] ?? 0) + 1;
        expect(rowCounts(w.k.internals.db)).toEqual(counts);
      }),
      { numRuns: RUNS },
    );
    // Damage is told apart, not lumped together.
    for (const code of ['MALFORMED', 'BAD_SIGNATURE', 'HASH_MISMATCH']) expect(seen[code], JSON.stringify(seen)).toBeGreaterThan(0);
    expect(seen.FUTURE_FORMAT ?? 0).toBe(0);
  }, timeout(90_000));

  it(`refuses ${IMPORT_RUNS} re-zipped bundles with replaced entries (signed by another key); row counts unchanged`, async () => {
    const w = await world();
    await fc.assert(
      fc.asyncProperty(fc.array(entryEdit, { minLength: 1, maxLength: 3 }), fc.boolean(), random64, async (edits, otherKey, random) => {
        const zip = editZip(w.genuine, edits, 6);
        if (!zip) return;
        const counts = rowCounts(w.k.internals.db);
        const bytes = otherKey ? signBundleBytes(zip, placeholderKey) : forgedSignature(zip, random);
        const r = await typed(() => importBundle(w.ctx, 'fuzz.schotvrij.zip', bytes, { backup: false }));
        expect(r).not.toBeInstanceOf(SchotvrijError);
        expectReport(r as ImportReport);
        expect((r as ImportReport).status).toBe('refused');
        expect(rowCounts(w.k.internals.db)).toEqual(counts);
      }),
      { numRuns: IMPORT_RUNS },
    );
  }, timeout(90_000));

  it(`signed by the trusted producer, ${IMPORT_RUNS} edited bundles are accepted whole or refused whole`, async () => {
    const w = await world();
    await fc.assert(
      fc.asyncProperty(fc.array(entryEdit, { minLength: 1, maxLength: 3 }), async (edits) => {
        const zip = editZip(w.genuine, edits, 6);
        if (!zip) return;
        const counts = rowCounts(w.k.internals.db);
        const r = await typed(() => importBundle(w.ctx, 'fuzz.schotvrij.zip', signBundleBytes(zip, w.producer.privateKeyDer), { backup: false }));
        expect(r).not.toBeInstanceOf(SchotvrijError);
        const report = r as ImportReport;
        expectReport(report);
        const now = rowCounts(w.k.internals.db);
        if (report.status === 'accepted') {
          expect(now.import_batch).toBe(counts.import_batch! + 1);
          expect(now.imported_registration).toBe(counts.imported_registration! + report.accepted);
        } else expect(now).toEqual(counts);
      }),
      { numRuns: IMPORT_RUNS },
    );
  }, timeout(120_000));
});

// ---------------------------------------------------------------- row content, with an oracle

type Col = (typeof REGISTRATION_COLUMNS)[number];

/** Values per column that format v1 must accept, and values it must refuse (with the code it must name). */
const VALUES: Partial<Record<Col, { good: string[]; bad: string[] }>> = {
  version: { good: ['1'], bad: ['0', '-1', '1.5', 'x', '', '01e1'] },
  supersedes: { good: [''], bad: ['1', '0', 'x'] },
  organisation_agb: { good: [ORG], bad: ['01000002', '', ` ${ORG}`] },
  casemanager_agb: { good: ['', '12345678'], bad: ['1234', 'abcdefgh', '123456789'] },
  bsn: { good: ['', '999990019', '111222333'], bad: ['123456789', '999990018', '000000000'] },
  bsn_status: { good: ['', 'unverified', 'verified_sbvz'], bad: ['x', 'Unverified'] },
  activity_code: { good: ['direct', 'overleg', 'x'.repeat(40)], bad: ['', 'x'.repeat(41)] },
  activity_kind: { good: ['direct', 'verplaatst', 'indicatiestelling', 'indirect'], bad: ['Direct', '', 'indirect '] },
  date: { good: ['2026-11-01', '2026-11-30'], bad: ['2026-11-31', '02-11-2026', '', '2026-02-29', '2026-10-31', '2027-11-02'] },
  started_at: { good: ['', '1793000000000', '-5'], bad: ['1.5', 'x', '1e3'] },
  tz_offset_min: { good: ['60', '120', '-840', '0'], bad: ['841', '', 'x'] },
  minutes: { good: ['1', '1440', '90'], bad: ['0', '1441', '', '1,5', '-3'] },
  basis: { good: ['client'], bad: ['Client', 'x', ''] },
  funder_type: { good: ['ZVW', 'WMO', 'WLZ'], bad: ['NONE', 'zvw', ''] },
  funder_code: { good: ['9901', '0000'], bad: ['990', '', '99011'] },
  toewijzing_nr: { good: ['', '0', '123', '999999999'], bad: ['-1', '1000000000', 'x'] },
  product_code: { good: ['', '12345', 'A1'], bad: ['123456'] },
};
/** The order parseRow checks fields in: the first bad one is the one named. */
const CHECK_ORDER: Col[] = ['registration_id', 'version', 'supersedes', 'organisation_agb', 'casemanager_agb', 'bsn', 'bsn_status', 'activity_code', 'activity_kind', 'date', 'started_at', 'tz_offset_min', 'minutes', 'basis', 'funder_type', 'funder_code', 'toewijzing_nr', 'product_code'];
/** Free text and flags: anything goes, and it must arrive exactly as sent. */
const FREE: Col[] = ['client_key', 'naaste_ref', 'correction_reason'];
const hostile = fc.oneof(
  { weight: 4, arbitrary: csvText },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom(';', '\t', '|', ','), fc.integer({ min: 20, max: 60 }), fc.boolean()).map(([c, n, q]) => (q ? '"' : '') + c.repeat(n)) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
);

type CellEdit = { col: Col; value: string; bad: boolean } | { col: Col; value: string; free: true };
const cellEdit: fc.Arbitrary<CellEdit> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...(Object.keys(VALUES) as Col[])).chain((col) => fc.oneof(fc.constantFrom(...VALUES[col]!.good).map((value) => ({ col, value, bad: false })), fc.constantFrom(...VALUES[col]!.bad).map((value) => ({ col, value, bad: true })))) },
  { weight: 2, arbitrary: fc.record({ col: fc.constantFrom(...FREE), value: hostile, free: fc.constant(true as const) }) },
);

const rowPlan = fc.array(fc.array(cellEdit, { maxLength: 3 }), { minLength: 1, maxLength: 8 });

describe('fuzz: row content of bundles signed by the trusted producer', () => {
  it(`${WRITING_RUNS} bundles: refused exactly when a field is invalid, naming line, field and code; otherwise stored as sent`, async () => {
    const w = await world();
    const db = w.k.internals.db;
    let n = 0;
    await fc.assert(
      fc.asyncProperty(rowPlan, fc.integer({ min: 0, max: 3 }), fc.boolean(), fc.array(fc.tuple(hostile, fc.constantFrom('in_zorg', 'x', ''), fc.constantFrom('2026-11-01', 'nope')), { maxLength: 3 }), async (plan, extra, shuffle, events) => {
        const batch = `fuzz-${++n}`;
        const counts = rowCounts(db);
        const rows: RegistrationRow[] = [];
        const expected: { line: number; field: Col; code: string }[] = [];
        plan.forEach((edits, i) => {
          const r = validRow(ORG, { registration_id: `${batch}-${i}` });
          const bad = new Set<Col>();
          for (const e of edits) {
            (r as Record<string, Cell>)[e.col] = e.value;
            if ('bad' in e) {
              if (e.bad) bad.add(e.col);
              else bad.delete(e.col);
            }
          }
          rows.push(r);
          const first = CHECK_ORDER.find((c) => bad.has(c));
          if (first) {
            const code = first === 'bsn' ? 'BAD_ELFPROEF' : first === 'date' && isRealDate(String(r.date)) ? 'PERIOD_MISMATCH' : 'BAD_ROW';
            expected.push({ line: i + 1, field: first, code });
          }
        });
        const extraCols = Array.from({ length: extra }, (_, i) => `future_${i}`);
        let columns: string[] = [...REGISTRATION_COLUMNS, ...extraCols];
        if (shuffle) columns = [...columns].reverse();
        const table = rows.map((r, i) => columns.map((c) => (c.startsWith('future_') ? `x${i}` : r[c as Col])));
        const bytes = signedBundle(w.producer, { batchId: batch, rows: table, columns, events: events.map(([ck, kind, date]) => [ck, kind, date]) });

        const r = await typed(() => importBundle(w.ctx, `${batch}.schotvrij.zip`, bytes, { backup: false }));
        expect(r).not.toBeInstanceOf(SchotvrijError);
        const report = r as ImportReport;
        expectReport(report);
        if (expected.length) {
          expect(report.status).toBe('refused');
          expect(report.reasons.map((x) => ({ line: x.line, field: x.field, code: x.code }))).toEqual(expected);
          expect(rowCounts(db)).toEqual(counts);
          return;
        }
        expect(report, JSON.stringify(report.reasons[0])).toMatchObject({ status: 'accepted', rows: rows.length, accepted: rows.length });
        expect([...report.keptColumns].sort()).toEqual(extraCols);
        const now = rowCounts(db);
        expect(now.import_batch).toBe(counts.import_batch! + 1);
        expect(now.imported_registration).toBe(counts.imported_registration! + rows.length);
        // Free text arrives exactly as it was signed: no separator, quote or line end is lost.
        const stored = db.prepare('SELECT registration_id AS id, client_key AS c, naaste_ref AS n, correction_reason AS r, extra FROM imported_registration WHERE batch_id = ? ORDER BY registration_id').all(batch) as { id: string; c: string | null; n: string | null; r: string | null; extra: string | null }[];
        const sent = [...rows].sort((a, b) => (String(a.registration_id) < String(b.registration_id) ? -1 : 1));
        expect(stored.map((s) => [s.c, s.n, s.r])).toEqual(sent.map((x) => [x.client_key || null, x.naaste_ref || null, x.correction_reason || null]));
        if (extra) expect(stored.map((s) => Object.keys(JSON.parse(s.extra!) as object).sort())).toEqual(sent.map(() => extraCols));
      }),
      { numRuns: WRITING_RUNS },
    );
  }, timeout(120_000));
});

// ---------------------------------------------------------------- CSV

describe('fuzz: CSV parsers', () => {
  it(`parseCsv answers ${RUNS} random texts with strings only`, () => {
    fc.assert(
      fc.property(fc.oneof(csvText, fc.string({ unit: 'binary', maxLength: 300 })), (text) => {
        const { header, rows } = parseCsv(strToU8(text));
        for (const r of [header, ...rows]) for (const c of r) expect(typeof c).toBe('string');
      }),
      { numRuns: RUNS },
    );
  }, timeout(30_000));

  it(`parseCsv reads back exactly what toCsv wrote, for ${RUNS} tables of hostile text`, () => {
    // Built once: fc.stringMatching compiles its regex per arbitrary, far too slow inside chain().
    const name = fc.stringMatching(/^[a-z_]{1,12}$/);
    const table = fc.integer({ min: 2, max: 6 }).chain((width) =>
      fc.record({
        header: fc.uniqueArray(name, { minLength: width, maxLength: width }),
        rows: fc.array(fc.array(hostile, { minLength: width, maxLength: width }), { maxLength: 12 }),
      }),
    );
    fc.assert(
      fc.property(table, ({ header, rows }) => {
        expect(parseCsv(strToU8(toCsv(header, rows)))).toEqual({ header, rows });
      }),
      { numRuns: RUNS },
    );
  }, timeout(30_000));

  it(`importCsv answers ${RUNS} random texts typed; row counts unchanged after every refusal`, async () => {
    const w = await world();
    const counts = rowCounts(w.k.internals.db);
    const header = fc.shuffledSubarray(['organisatie_agb', 'registratie_id', 'datum', 'activiteit', 'financier', 'minuten', 'uren', 'bsn', 'versie', 'x'], { minLength: 0 }).map((h) => h.join(';'));
    await fc.assert(
      fc.asyncProperty(fc.oneof(csvText, fc.tuple(header, csvText).map(([h, t]) => `${h}\n${t}`), fc.string({ unit: 'binary', maxLength: 200 })), async (text) => {
        const r = await typed(() => importCsv(w.ctx, 'fuzz.csv', text, ORG));
        expect(r).not.toBeInstanceOf(SchotvrijError);
        expectReport(r as ImportReport);
        expect((r as ImportReport).status).toBe('refused');
        expect(rowCounts(w.k.internals.db)).toEqual(counts);
      }),
      { numRuns: RUNS },
    );
  }, timeout(60_000));

  it(`importCsv: ${scaled(250, 4_000)} documented CSV files (';' or ',', BOM, quotes, CRLF, decimal comma) import exactly their minutes`, async () => {
    const w = await world();
    const db = w.k.internals.db;
    let n = 0;
    // Hours with a decimal comma or point, 0 to 3 decimals: whole minutes or not.
    const hoursText = fc.oneof(
      { weight: 9, arbitrary: fc.tuple(fc.integer({ min: 1, max: 24_000 }), fc.constantFrom(0, 1, 2, 3), fc.constantFrom(',', '.')).map(([milli, decimals, point]) => {
        const h = milli / 1000;
        return (decimals === 0 ? String(Math.round(h) || 1) : h.toFixed(decimals)).replace('.', point);
      }) },
      { weight: 1, arbitrary: fc.constantFrom('0x10', '1e1', '+1', '-1', '1,5,0', 'Infinity', '1.5e0', ',5', '1 5', '٣') },
    );
    const line = fc.record({
      funded: fc.boolean(),
      minutes: fc.integer({ min: 1, max: 1440 }),
      hours: hoursText,
      day: fc.integer({ min: 1, max: 28 }),
      dutchDate: fc.boolean(),
      reason: fc.oneof(fc.constant(''), fc.stringMatching(/^[a-z ,;"]{0,20}$/)),
    });
    /** The documented rule: hours × 60 must be whole minutes, 1 to 1440. */
    const minutesOf = (hours: string): number | null => {
      if (!/^[0-9]*[.,]?[0-9]+$/.test(hours)) return null;
      const m = Number(hours.replace(',', '.')) * 60;
      return Math.abs(m - Math.round(m)) < 1e-6 && Math.round(m) >= 1 && Math.round(m) <= 1440 ? Math.round(m) : null;
    };
    await fc.assert(
      fc.asyncProperty(fc.array(line, { minLength: 1, maxLength: 6 }), fc.boolean(), fc.constantFrom(';', ','), fc.boolean(), fc.boolean(), fc.boolean(), fc.boolean(), async (lines, inHours, sep, bom, crlf, quotes, upper) => {
        const batch = ++n;
        const counts = rowCounts(db);
        const cols = ['organisatie_agb', 'registratie_id', 'datum', 'activiteit', 'financier', 'financier_code', 'bsn', inHours ? 'uren' : 'minuten', 'reden_correctie'];
        const data = lines.map((l, i) => {
          const date = `2026-10-${String(l.day).padStart(2, '0')}`;
          return [ORG, `csv${batch}-${i}`, l.dutchDate ? date.split('-').reverse().join('-') : date, l.funded ? 'direct' : 'overleg', l.funded ? 'ZVW' : 'GEEN', l.funded ? '9901' : '', l.funded ? '999990019' : '', inHours ? l.hours : String(l.minutes), l.reason];
        });
        const minutes = lines.map((l) => (inHours ? minutesOf(l.hours) : l.minutes));
        const text = (bom ? '\uFEFF' : '') + Papa.unparse({ fields: cols.map((c) => (upper ? c.toUpperCase() : c)), data }, { delimiter: sep, quotes, newline: crlf ? '\r\n' : '\n' });
        const r = await typed(() => importCsv(w.ctx, `f${batch}.csv`, text, ORG));
        expect(r).not.toBeInstanceOf(SchotvrijError);
        const report = r as ImportReport;
        expectReport(report);
        const now = rowCounts(db);
        if (minutes.some((m) => m === null)) {
          expect(report.status).toBe('refused');
          expect(report.reasons.every((x) => x.field === 'minutes')).toBe(true);
          expect(now).toEqual(counts);
          return;
        }
        expect(report, JSON.stringify(report.reasons.slice(0, 2))).toMatchObject({ status: 'accepted', accepted: lines.length });
        const sum = (db.prepare('SELECT sum(minutes) AS m FROM imported_registration WHERE batch_id = ?').get(report.batchId) as { m: number }).m;
        expect(sum).toBe(minutes.reduce((s, m) => s! + m!, 0));
        expect(now.imported_registration).toBe(counts.imported_registration! + lines.length);
      }),
      { numRuns: scaled(250, 4_000) },
    );
  }, timeout(120_000));
});

// ---------------------------------------------------------------- identity files

describe('fuzz: the identity file (trustIdentity)', () => {
  it(`answers ${RUNS} random strings, JSON values and edited identity files with a signer or a SchotvrijError`, async () => {
    const w = await world();
    const own = JSON.parse((await w.laptop.core.call('identity.export')).json) as Record<string, unknown>;
    const pair = newKeyPair();
    const fields = ['format', 'formatVersion', 'installationId', 'organisationName', 'organisationAgb', 'role', 'label', 'publicKey', 'fingerprint', 'createdAt', 'selfSignature', 'extra'];
    const edited = fc.record({
      edits: fc.array(fc.tuple(fc.constantFrom(...fields), fc.option(fc.oneof(fc.jsonValue(), fc.constantFrom('', 'AAAA', own.publicKey, '01000002', 'not-an-agb')), { nil: undefined })), { maxLength: 3 }),
      resign: fc.constantFrom('none', 'own', 'other'),
      newId: fc.option(fc.nat(), { nil: null }),
    });
    const input = fc.oneof(
      fc.string({ maxLength: 200 }),
      fc.json({ maxDepth: 3 }),
      fc.constantFrom('null', 'true', '[]', '{}', '""', '0', '[null]', '{"format":"schotvrij-identity"}'),
      edited.map(({ edits, resign, newId }) => {
        const { selfSignature: _s, ...body } = own;
        const o: Record<string, unknown> = { ...body };
        if (newId !== null) o.installationId = `inst-fuzz-${newId}`;
        if (resign === 'other') Object.assign(o, { publicKey: pair.publicKey.toString('base64'), fingerprint: fingerprint(pair.publicKey) });
        for (const [k, v] of edits) {
          if (v === undefined) delete o[k];
          else o[k] = v;
        }
        const { selfSignature: given, ...signedPart } = o;
        const sig = resign === 'none' ? (given ?? own.selfSignature) : signBytes(resign === 'own' ? w.producer.privateKeyDer : pair.privateKeyDer, strToU8(JSON.stringify(signedPart))).toString('base64');
        return JSON.stringify({ ...signedPart, selfSignature: sig });
      }),
    );
    const seen = { trusted: 0, refused: 0 };
    await fc.assert(
      fc.asyncProperty(input, async (json) => {
        const r = await typed(() => trustIdentity(w.ctx, json));
        if (r instanceof SchotvrijError) {
          expect(['VALIDATION', 'CONFLICT']).toContain(r.code);
          seen.refused++;
        } else {
          expect(TrustedSigner.safeParse(r).success).toBe(true);
          seen.trusted++;
        }
      }),
      { numRuns: RUNS },
    );
    expect(seen.trusted).toBeGreaterThan(0);
  }, timeout(60_000));
});

// ---------------------------------------------------------------- the same through the contract

describe('through the contract (the dispatcher): outside input never ends as INTERNAL', () => {
  it('a JSON null, array, number or string as identity file is a VALIDATION error', async () => {
    const w = await world();
    for (const json of ['null', '[]', '42', '"x"', 'true', '[{"format":"schotvrij-identity"}]']) {
      const err = await w.k.call('trust.add', { json }).then(
        () => null,
        (e: unknown) => e,
      );
      expect(err, json).toBeInstanceOf(CallError);
      expect((err as CallError).error.code, json).toBe('VALIDATION');
    }
  });

  it(`${scaled(150, 1_500)} genuine bundles with 0–150 unknown columns: kept (≤ 100) or refused whole, the answer always within the contract`, async () => {
    const w = await world();
    const db = w.k.internals.db;
    let n = 0;
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.integer({ min: 0, max: 5 }), fc.integer({ min: 95, max: 150 })), fc.integer({ min: 1, max: 3 }), async (extra, rowCount) => {
        const batch = `wide-${++n}`;
        const counts = rowCounts(db);
        const extraCols = Array.from({ length: extra }, (_, i) => `future_${i}`);
        const rows = Array.from({ length: rowCount }, (_, i) => [...cells(validRow(ORG, { registration_id: `${batch}-${i}` })), ...extraCols.map(() => 'x')]);
        const bytes = signedBundle(w.producer, { batchId: batch, rows, columns: [...REGISTRATION_COLUMNS, ...extraCols] });
        const r = await w.k.dispatch('import.bundle', { fileName: `${batch}.zip`, base64: Buffer.from(bytes).toString('base64'), backup: false });
        expect(r.ok, JSON.stringify(r)).toBe(true);
        const report = (r as { ok: true; value: ImportReport }).value;
        if (extra <= 100) {
          expect(report).toMatchObject({ status: 'accepted', accepted: rowCount });
          expect(report.keptColumns).toHaveLength(extra);
          expect(rowCounts(db).imported_registration).toBe(counts.imported_registration! + rowCount);
        } else {
          expect(report).toMatchObject({ status: 'refused', reasons: [{ code: 'MALFORMED' }] });
          expect(rowCounts(db)).toEqual(counts);
        }
      }),
      { numRuns: scaled(150, 1_500) },
    );
  }, timeout(60_000));
});
