/**
 * Exchange bundles (docs/formats.md): ONE standard zip file holding
 *   manifest.json      what is in it: format, producer, batch, period, files with SHA-256
 *   registrations.csv  one row per registration version
 *   events.csv         the timeline events of the clients in it (no free text)
 * and, as the zip ARCHIVE COMMENT (the last bytes of the file), an Ed25519 signature
 * over EVERY byte of the file — with the signature slot itself filled with '0' while
 * signing. Change one byte anywhere (content, zip headers, the signature) and the
 * bundle is refused. Any zip tool still opens it and shows the CSV files.
 *
 * Pure apart from hashing: no database here. Reading never trusts sizes or names it was
 * given; a zip bomb or an unexpected entry is refused before anything is inflated.
 */
import { createHash } from 'node:crypto';
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
import Papa from 'papaparse';
import { z } from 'zod';
import { signBytes, verifyBytes } from './signing';

export const BUNDLE_FORMAT = 'schotvrij-bundle';
/**
 * Raise when the format changes incompatibly; older versions keep importing (additive-only after 1.0).
 * 2 = BSNs sealed for the kassier in `bsn.sealed` (a version-1 reader would silently lose them, so it
 * must refuse). Bundles without BSNs are still written as version 1.
 */
export const BUNDLE_FORMAT_VERSION = 2;
export const SEALED_BSN_ENTRY = 'bsn.sealed';
export const SEALED_BSN_COLUMNS = ['client_key', 'bsn', 'bsn_status'] as const;

/** registrations.csv, format version 1. Order is part of the format; new columns are appended. */
export const REGISTRATION_COLUMNS = [
  'registration_id',
  'version',
  'supersedes',
  'deleted',
  'organisation_agb',
  'casemanager_agb',
  'client_key',
  'bsn',
  'bsn_status',
  'naaste_ref',
  'activity_code',
  'activity_kind',
  'direct',
  'date',
  'started_at',
  'tz_offset_min',
  'minutes',
  'basis',
  'funder_type',
  'funder_code',
  'toewijzing_nr',
  'product_code',
  'correction_reason',
  'note_present',
] as const;
export type RegistrationColumn = (typeof REGISTRATION_COLUMNS)[number];

export const EVENT_COLUMNS = ['client_key', 'kind', 'date'] as const;

const FileEntry = z.object({ name: z.string(), sha256: z.string().regex(/^[0-9a-f]{64}$/), rows: z.number().int().min(0), columns: z.array(z.string()) }).passthrough();

/** Tolerant on purpose: a newer producer may add fields; we keep the whole manifest. */
export const Manifest = z
  .object({
    format: z.literal(BUNDLE_FORMAT),
    formatVersion: z.number().int().min(1),
    kind: z.string(),
    app: z.object({ name: z.string(), version: z.string(), schemaVersion: z.number().int() }).passthrough(),
    producer: z
      .object({
        installationId: z.string().min(1).max(100),
        organisationAgb: z.string().regex(/^[0-9]{8}$/),
        organisationName: z.string(),
        role: z.string(),
        label: z.string(),
        fingerprint: z.string(),
      })
      .passthrough(),
    batch: z.object({ id: z.string().min(1).max(100), seq: z.number().int().min(1), createdAt: z.string() }).passthrough(),
    period: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/),
    files: z.array(FileEntry).min(1).max(20),
    totals: z.object({ rows: z.number().int(), minutes: z.number().int() }).passthrough(),
    /** Version 2: BSNs sealed for one receiving installation (services/sealing.ts). */
    sealed: z
      .object({
        scheme: z.string(),
        entry: z.string(),
        recipient: z.object({ installationId: z.string(), fingerprint: z.string() }).passthrough(),
        ephemeralKey: z.string(),
      })
      .passthrough()
      .optional(),
    /** BSNs left out because no kassier key was known at export time. */
    bsnWithheld: z.number().int().optional(),
  })
  .passthrough();
export type Manifest = z.infer<typeof Manifest>;

export const sha256Hex = (data: Uint8Array | string) => createHash('sha256').update(data).digest('hex');

/** RFC 4180 CSV, comma-separated, UTF-8, header row, LF line ends. */
export type Cell = string | number | null;

export function toCsv(columns: readonly string[], rows: readonly (readonly Cell[])[]): string {
  return Papa.unparse({ fields: [...columns], data: rows.map((r) => r.map((v) => (v === null ? '' : v))) }, { newline: '\n' }) + '\n';
}

// A fixed timestamp inside the zip: the same content gives the same bytes.
const ZIP_MTIME = new Date(Date.UTC(2020, 0, 1));

/** The archive comment: a fixed prefix and the base64 signature (always 88 characters). */
const SIG_PREFIX = 'SCHOTVRIJ-ED25519:';
const SIG_LEN = SIG_PREFIX.length + 88;
const PLACEHOLDER = strToU8('0'.repeat(SIG_LEN));
const EOCD_SIGNATURE = 0x06054b50;

/** Appends a comment to a zip written without one (fflate writes an empty archive comment). */
function withArchiveComment(zip: Uint8Array, comment: Uint8Array): Uint8Array {
  const eocd = zip.length - 22;
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  if (eocd < 0 || view.getUint32(eocd, true) !== EOCD_SIGNATURE || view.getUint16(eocd + 20, true) !== 0) throw new Error('unexpected zip layout');
  const out = new Uint8Array(zip.length + comment.length);
  out.set(zip);
  new DataView(out.buffer).setUint16(eocd + 20, comment.length, true);
  out.set(comment, zip.length);
  return out;
}

export function buildBundle(input: {
  manifest: Omit<Manifest, 'files' | 'format' | 'formatVersion'> & { files?: never };
  files: Record<string, { columns: readonly string[]; rows: readonly (readonly Cell[])[] }>;
  /** Entries that are already bytes (a sealed CSV): listed with their row count and columns. */
  sealed?: Record<string, { bytes: Uint8Array; rows: number; columns: readonly string[] }>;
  formatVersion?: number;
  privateKeyDer: Uint8Array;
}): { bytes: Uint8Array; manifest: Manifest } {
  const contents: Record<string, Uint8Array> = {};
  const entries = Object.entries(input.files).map(([name, f]) => {
    const bytes = strToU8(toCsv(f.columns, f.rows));
    contents[name] = bytes;
    return { name, sha256: sha256Hex(bytes), rows: f.rows.length, columns: [...f.columns] };
  });
  for (const [name, f] of Object.entries(input.sealed ?? {})) {
    contents[name] = f.bytes;
    entries.push({ name, sha256: sha256Hex(f.bytes), rows: f.rows, columns: [...f.columns] });
  }
  const manifest = { format: BUNDLE_FORMAT, formatVersion: input.formatVersion ?? 1, ...input.manifest, files: entries } as Manifest;
  const zippable: Zippable = { 'manifest.json': [strToU8(JSON.stringify(manifest, null, 2)), { mtime: ZIP_MTIME }] };
  for (const [name, bytes] of Object.entries(contents)) zippable[name] = [bytes, { mtime: ZIP_MTIME }];
  return { bytes: signBundleBytes(zipSync(zippable, { level: 6, mtime: ZIP_MTIME }), input.privateKeyDer), manifest };
}

/** Signs a zip (written without an archive comment): the signature covers every byte of the result. */
export function signBundleBytes(zip: Uint8Array, privateKeyDer: Uint8Array): Uint8Array {
  const unsigned = withArchiveComment(zip, PLACEHOLDER);
  const signature = signBytes(privateKeyDer, unsigned).toString('base64');
  const bytes = unsigned.slice();
  bytes.set(strToU8(SIG_PREFIX + signature), bytes.length - SIG_LEN);
  return bytes;
}

export interface Refusal {
  line: number;
  field: string | null;
  code: string;
  message: string;
  detail: string;
}

export const refusal = (code: string, message: string, detail: string, line = 0, field: string | null = null): Refusal => ({ line, field, code, message, detail });

/**
 * A bundle whose manifest claims a format newer than ours. Nothing in it is believed
 * until its signature verifies (a damaged file can "claim" anything: one flipped bit
 * in the deflate stream once turned formatVersion 1 into 4), so it carries only what
 * is needed to find the signer and check the signature.
 */
export interface FutureBundle {
  futureFormat: number;
  installationId: string;
  signedBytes: Uint8Array;
  signature: Uint8Array;
}

export interface OpenedBundle {
  manifest: Manifest;
  /** The whole file with the signature slot reset to the placeholder: exactly what was signed. */
  signedBytes: Uint8Array;
  signature: Uint8Array;
  files: Map<string, Uint8Array>;
}

/** Finds the signature in the archive comment; null when the tail is not ours. */
function splitSignature(bytes: Uint8Array): { signedBytes: Uint8Array; signature: Uint8Array } | null {
  const eocd = bytes.length - SIG_LEN - 22;
  if (eocd < 0) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (view.getUint32(eocd, true) !== EOCD_SIGNATURE || view.getUint16(eocd + 20, true) !== SIG_LEN) return null;
  const tail = strFromU8(bytes.subarray(bytes.length - SIG_LEN));
  // Strict: Node's base64 decoder skips invalid characters, so a flipped byte in the
  // padding would otherwise decode to the very same signature.
  const text = tail.slice(SIG_PREFIX.length);
  if (!tail.startsWith(SIG_PREFIX) || !/^[A-Za-z0-9+/]{86}==$/.test(text)) return null;
  const signature = Buffer.from(text, 'base64');
  // Canonical only: the last character carries 2 unused bits, so four different files
  // would otherwise decode to the same signature and all verify.
  if (signature.length !== 64 || signature.toString('base64') !== text) return null;
  const signedBytes = bytes.slice();
  signedBytes.set(PLACEHOLDER, bytes.length - SIG_LEN);
  return { signedBytes, signature };
}

const MAX_INFLATED = 2 * 1024 ** 3;
const NAME = /^[a-z][a-z0-9_.-]{0,63}$/;

/** Opens and structurally checks a bundle. Does NOT check the signature or hashes (verifyBundle does). */
export function openBundle(bytes: Uint8Array): OpenedBundle | FutureBundle | Refusal {
  const signed = splitSignature(bytes);
  if (!signed) return refusal('MALFORMED', 'Dit is geen (volledig) Schotvrij-bundelbestand: de handtekening aan het eind ontbreekt.', 'no Schotvrij signature in the zip archive comment (truncated, or not a bundle)');
  let entries: Record<string, Uint8Array>;
  let inflated = 0;
  try {
    entries = unzipSync(bytes, {
      filter: (f) => {
        inflated += f.originalSize;
        // Refuse before inflating: a few KB must not become gigabytes (zip bomb).
        if (inflated > MAX_INFLATED || !NAME.test(f.name)) throw new Error(`refused entry ${f.name.slice(0, 80)}`);
        // Deflate cannot expand more than ~1032×: a larger claimed size is a lie that would make the
        // inflater reserve memory for it before the signature is even checked.
        if (f.originalSize > f.size * 1032 + 1024) throw new Error(`entry ${f.name.slice(0, 80)} claims an impossible size`);
        return true;
      },
    });
  } catch (e) {
    return refusal('MALFORMED', 'Dit is geen (volledig) Schotvrij-bundelbestand; mogelijk is het afgebroken.', `not a readable bundle: ${(e as Error).message}`);
  }
  const manifestBytes = entries['manifest.json'];
  if (!manifestBytes) return refusal('MALFORMED', 'Het bestand mist het manifest.', 'manifest.json missing');
  let raw: unknown;
  try {
    raw = JSON.parse(strFromU8(manifestBytes));
  } catch {
    return refusal('MALFORMED', 'Het manifest is onleesbaar.', 'manifest.json is not JSON');
  }
  const fv = (raw as { formatVersion?: unknown })?.formatVersion;
  if (typeof fv === 'number' && fv > BUNDLE_FORMAT_VERSION) {
    const installationId = (raw as { producer?: { installationId?: unknown } }).producer?.installationId;
    if (typeof installationId === 'string') return { futureFormat: fv, installationId, signedBytes: signed.signedBytes, signature: signed.signature };
    return futureFormat(fv);
  }
  const parsed = Manifest.safeParse(raw);
  if (!parsed.success) {
    const i = parsed.error.issues[0]!;
    return refusal('MALFORMED', 'Het manifest is niet volledig of niet geldig.', `manifest invalid at ${i.path.join('.')}: ${i.message}`);
  }
  const files = new Map<string, Uint8Array>();
  for (const [name, data] of Object.entries(entries)) if (name !== 'manifest.json') files.set(name, data);
  return { manifest: parsed.data, signedBytes: signed.signedBytes, signature: signed.signature, files };
}

export const futureFormat = (fv: number) =>
  refusal('FUTURE_FORMAT', `Deze bundel is gemaakt in een nieuwer formaat (${fv}) dan deze Schotvrij kent (${BUNDLE_FORMAT_VERSION}). Werk Schotvrij bij.`, `bundle format ${fv} is newer than ${BUNDLE_FORMAT_VERSION}`);

const badSignature = () => refusal('BAD_SIGNATURE', 'De handtekening klopt niet: het bestand is veranderd of komt niet van deze afzender.', 'Ed25519 signature over the bundle file does not verify');

/** A newer-format bundle: "update Schotvrij" only when its signature proves it genuine. */
export function verifyFutureBundle(b: FutureBundle, publicKey: Uint8Array): Refusal {
  return verifyBytes(publicKey, b.signedBytes, b.signature) ? futureFormat(b.futureFormat) : badSignature();
}

/**
 * The signature over the whole file; nothing unlisted may ride along, nothing listed be
 * missing. The per-entry hashes add no trust once the signature covers every byte, so
 * they are computed only to NAME the damaged part when the signature fails.
 */
export function verifyBundle(b: OpenedBundle, publicKey: Uint8Array): Refusal | null {
  const listed = new Set(b.manifest.files.map((f) => f.name));
  for (const name of b.files.keys()) {
    if (!listed.has(name)) return refusal('HASH_MISMATCH', `Het bestand bevat een onbekend onderdeel (${name}).`, `unlisted entry ${name}`);
  }
  for (const f of b.manifest.files) {
    if (!b.files.has(f.name)) return refusal('TRUNCATED', `Het onderdeel ${f.name} ontbreekt.`, `listed entry ${f.name} is missing`);
  }
  if (verifyBytes(publicKey, b.signedBytes, b.signature)) return null;
  for (const f of b.manifest.files) {
    if (sha256Hex(b.files.get(f.name)!) !== f.sha256) return refusal('HASH_MISMATCH', `De inhoud van ${f.name} klopt niet met het manifest.`, `SHA-256 of ${f.name} does not match the manifest`);
  }
  return badSignature();
}

/**
 * Parses one CSV of the bundle into header + rows (strings). Our own writer quotes only
 * fields that need it, so almost every line is a plain comma split; a line with a quote
 * goes through the full RFC 4180 parser (papaparse). A kassier intake parses a million
 * rows, and this fast path is a third of that time.
 */
export function parseCsv(data: Uint8Array): { header: string[]; rows: string[][] } {
  const text = strFromU8(data).replace(/^\uFEFF/, '');
  const lines = text.split('\n');
  const out: string[][] = [];
  let pending: string[] = [];
  const flush = () => {
    if (pending.length === 0) return;
    // The separator is a comma, always: left to guess, papaparse picks ';', tab or '|'
    // when a quoted field holds more of those than the row has commas.
    const parsed = Papa.parse<string[]>(pending.join('\n'), { delimiter: ',', skipEmptyLines: true }).data;
    for (const r of parsed) out.push(r);
    pending = [];
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.endsWith('\r') ? lines[i]!.slice(0, -1) : lines[i]!;
    // A quote may open a field that spans lines: from there on, let papaparse decide —
    // on the lines as they are, so a CR inside a quoted field is kept.
    if (pending.length > 0 || line.includes('"')) {
      pending.push(lines[i]!);
      continue;
    }
    if (line !== '') out.push(line.split(','));
  }
  flush();
  const [header = [], ...rows] = out;
  return { header, rows };
}
