/**
 * The sync module: casemanager installations export signed bundles of their
 * registrations; the kassier trusts their identities and imports the bundles.
 *
 * Guarantees (issue 4; standards.md §8; peers.md #1, #5):
 * - export: the rows and the bytes are committed together; exported rows become
 *   immutable, and the bundle bytes are kept so a lost file can be downloaded again;
 * - import: a bundle is accepted whole or refused whole (one transaction), a verified
 *   backup is taken first, re-importing is a no-op, arrival order does not matter
 *   (rows are keyed on organisation + registration + version, the current version is
 *   the highest), unknown columns from a newer producer are kept, never dropped.
 */
import { and, desc, eq, isNotNull, isNull } from 'drizzle-orm';
import { strToU8 } from 'fflate';
import Papa from 'papaparse';
import type { ImportReport } from '../../../shared/contract/index';
import { isValidBsn } from '../../../shared/domain/bsn';
import { isRealDate, parseDateInput } from '../../../shared/domain/dates';
import { listName } from '../../../shared/domain/names';
import {
  casemanager,
  client,
  clientEvent,
  exportBatch,
  funder,
  importBatch,
  organisation,
  trustedSigner,
} from '../../../shared/schema/index';
import { APP_VERSION } from '../app-info';
import type { CoreContext } from '../context';
import { MIGRATIONS } from '../db/migrations.generated';
import { SchotvrijError, notFound } from '../errors';
import {
  buildBundle,
  BUNDLE_FORMAT_VERSION,
  EVENT_COLUMNS,
  openBundle,
  parseCsv,
  refusal,
  REGISTRATION_COLUMNS,
  SEALED_BSN_COLUMNS,
  SEALED_BSN_ENTRY,
  sha256Hex,
  toCsv,
  verifyBundle,
  verifyFutureBundle,
  type Cell,
  type Manifest,
  type Refusal,
} from './bundle';
import { installationBoxKey, SEAL_SCHEME, seal, sealAad, unseal } from './sealing';
import { fingerprint, installationKey, signBytes, verifyBytes } from './signing';

// ---------------------------------------------------------------- identity & trust

const IDENTITY_FORMAT = 'schotvrij-identity';

function producer(ctx: CoreContext) {
  const inst = ctx.installation();
  if (!inst) throw new SchotvrijError('NO_WORKSPACE', 'Deze omgeving is nog niet ingericht.', 'installation not set up');
  const cm = inst.casemanagerId ? ctx.orm.select().from(casemanager).where(eq(casemanager.id, inst.casemanagerId)).get() : undefined;
  return { inst, cm, label: cm ? `${cm.name} (${inst.organisationName})` : `${inst.userName} (${inst.organisationName})` };
}

export function identity(ctx: CoreContext) {
  const { inst, label } = producer(ctx);
  const key = installationKey(ctx);
  return {
    installationId: inst.id,
    organisationName: inst.organisationName,
    organisationAgb: inst.organisationAgb,
    role: inst.role,
    label,
    publicKey: key.publicKey.toString('base64'),
    fingerprint: key.fingerprint,
    // X25519: bundles carrying BSNs are sealed for this key when this installation is the kassier.
    encryptionKey: installationBoxKey(ctx).publicKey.toString('base64'),
  };
}

/** The identity file is self-signed: it proves possession of the key; trust comes from comparing the fingerprint. */
export function identityFile(ctx: CoreContext): { fileName: string; json: string } {
  const id = identity(ctx);
  const body = { format: IDENTITY_FORMAT, formatVersion: 1, ...id, createdAt: new Date(ctx.clock.now()).toISOString() };
  const selfSignature = signBytes(installationKey(ctx).privateKeyDer, strToU8(JSON.stringify(body))).toString('base64');
  const safe = id.label.replace(/[^A-Za-z0-9]+/g, '-').replace(/^-|-$/g, '').toLowerCase();
  return { fileName: `identiteit-${safe || id.installationId}.json`, json: JSON.stringify({ ...body, selfSignature }, null, 2) };
}

export function listSigners(ctx: CoreContext) {
  return ctx.orm.select().from(trustedSigner).orderBy(trustedSigner.organisationName, trustedSigner.label).all().map(signerDto);
}

function signerDto(r: typeof trustedSigner.$inferSelect) {
  return {
    installationId: r.installationId,
    organisationName: r.organisationName,
    organisationAgb: r.organisationAgb,
    role: r.role ?? '',
    label: r.label,
    publicKey: r.publicKey,
    fingerprint: r.fingerprint,
    encryptionKey: r.encryptionKey,
    trustedAt: r.trustedAt,
    revokedAt: r.revokedAt,
  };
}

/** The kassier whose key BSNs are sealed for: the most recently trusted, not revoked, with a key. */
function bsnRecipient(ctx: CoreContext) {
  return (
    ctx.orm
      .select()
      .from(trustedSigner)
      .where(and(eq(trustedSigner.role, 'kassier'), isNull(trustedSigner.revokedAt), isNotNull(trustedSigner.encryptionKey)))
      .orderBy(desc(trustedSigner.trustedAt))
      .get() ?? null
  );
}

const bad = (nl: string, en: string) => new SchotvrijError('VALIDATION', nl, en, { issues: [{ path: 'json', message: nl }] });

export function trustIdentity(ctx: CoreContext, json: string) {
  let raw: Record<string, unknown>;
  try {
    raw = JSON.parse(json) as Record<string, unknown>;
  } catch {
    throw bad('Dit is geen identiteitsbestand van Schotvrij.', 'identity file is not JSON');
  }
  // JSON.parse also answers null, numbers, strings and arrays: only an object can be an identity.
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw) || raw.format !== IDENTITY_FORMAT || typeof raw.formatVersion !== 'number') {
    throw bad('Dit is geen identiteitsbestand van Schotvrij.', 'not a schotvrij-identity file');
  }
  const str = (k: string) => (typeof raw[k] === 'string' ? (raw[k] as string) : null);
  const installationId = str('installationId');
  const publicKeyB64 = str('publicKey');
  const selfSignature = str('selfSignature');
  const organisationName = str('organisationName');
  if (!installationId || !publicKeyB64 || !selfSignature || !organisationName) throw bad('Het identiteitsbestand is onvolledig.', 'identity file incomplete');
  const publicKey = Buffer.from(publicKeyB64, 'base64');
  if (publicKey.length !== 32) throw bad('De sleutel in het identiteitsbestand is ongeldig.', 'public key is not 32 bytes');
  const { selfSignature: _s, ...body } = raw;
  if (!verifyBytes(publicKey, strToU8(JSON.stringify(body)), Buffer.from(selfSignature, 'base64'))) {
    throw bad('Het identiteitsbestand is veranderd na het maken (de eigen handtekening klopt niet).', 'identity self-signature does not verify');
  }
  const fp = fingerprint(publicKey);
  if (str('fingerprint') !== fp) throw bad('De vingerafdruk in het bestand klopt niet met de sleutel.', 'fingerprint does not match the key');
  if (ctx.installation()?.id === installationId) throw bad('Dit is de identiteit van deze installatie zelf.', 'cannot trust own installation');
  const agb = str('organisationAgb');
  if (agb !== null && !/^[0-9]{8}$/.test(agb)) throw bad('De AGB-code in het identiteitsbestand is ongeldig.', 'bad AGB in identity');
  // Optional (identities from before sealing have none); covered by the self-signature when present.
  const encryptionKeyB64 = str('encryptionKey');
  if (encryptionKeyB64 !== null && (!/^[A-Za-z0-9+/]{43}=$/.test(encryptionKeyB64) || Buffer.from(encryptionKeyB64, 'base64').length !== 32)) {
    throw bad('De versleutelsleutel in het identiteitsbestand is ongeldig.', 'encryption key is not 32 bytes of base64');
  }

  const existing = ctx.orm.select().from(trustedSigner).where(eq(trustedSigner.installationId, installationId)).get();
  if (existing) {
    if (existing.publicKey !== publicKeyB64) {
      throw new SchotvrijError(
        'CONFLICT',
        `Deze installatie (${existing.label}) is al vertrouwd met een ándere sleutel. Trek die eerst in als de sleutel echt is vervangen.`,
        'installation already trusted with another key',
      );
    }
    if (existing.revokedAt !== null) throw new SchotvrijError('CONFLICT', 'Deze installatie is ingetrokken en kan niet opnieuw worden vertrouwd met dezelfde sleutel.', 'signer was revoked');
    // The same signing key may bring its encryption key later (identity re-exported after an update).
    if (encryptionKeyB64 && existing.encryptionKey !== encryptionKeyB64) {
      ctx.orm.update(trustedSigner).set({ encryptionKey: encryptionKeyB64 }).where(eq(trustedSigner.installationId, installationId)).run();
      return signerDto({ ...existing, encryptionKey: encryptionKeyB64 });
    }
    return signerDto(existing);
  }
  ctx.orm
    .insert(trustedSigner)
    .values({ installationId, organisationAgb: agb, organisationName, role: str('role'), label: str('label') ?? organisationName, publicKey: publicKeyB64, fingerprint: fp, trustedAt: ctx.clock.now(), revokedAt: null, encryptionKey: encryptionKeyB64 })
    .run();
  return signerDto(ctx.orm.select().from(trustedSigner).where(eq(trustedSigner.installationId, installationId)).get()!);
}

export function revokeSigner(ctx: CoreContext, installationId: string) {
  const s = ctx.orm.select().from(trustedSigner).where(eq(trustedSigner.installationId, installationId)).get();
  if (!s) throw notFound('Vertrouwde installatie', installationId);
  if (s.revokedAt === null) ctx.orm.update(trustedSigner).set({ revokedAt: ctx.clock.now() }).where(eq(trustedSigner.installationId, installationId)).run();
  return signerDto(ctx.orm.select().from(trustedSigner).where(eq(trustedSigner.installationId, installationId)).get()!);
}

// ---------------------------------------------------------------- export

interface ExportRow {
  id: string;
  version: number;
  supersedes: number | null;
  deleted: number;
  casemanagerAgb: string | null;
  clientId: string | null;
  bsn: string | null;
  bsnStatus: string | null;
  naasteMemberId: string | null;
  activityCode: string;
  nzaKind: string;
  direct: number;
  date: string;
  startedAt: number | null;
  tzOffsetMin: number;
  minutes: number;
  basis: string;
  fundingKind: string | null;
  funderCode: string | null;
  toewijzingNummer: number | null;
  productCode: string | null;
  correctionReason: string | null;
  note: string | null;
}

/** Versions not yet exported whose date lies in the month: exactly what the next bundle of that month carries. */
function pendingRows(ctx: CoreContext, period: string): ExportRow[] {
  return ctx.db
    .prepare(
      `SELECT r.id, r.version, r.supersedes, r.deleted, cm.agb AS casemanagerAgb, r.client_id AS clientId, c.bsn, c.bsn_status AS bsnStatus,
              r.naaste_member_id AS naasteMemberId, r.activity_code AS activityCode, r.nza_kind AS nzaKind, r.direct, r.date, r.started_at AS startedAt,
              r.tz_offset_min AS tzOffsetMin, r.minutes, r.basis, f.kind AS fundingKind, fu.code AS funderCode, f.toewijzing_nummer AS toewijzingNummer,
              f.product_code AS productCode, r.correction_reason AS correctionReason, r.note
       FROM registration r
       LEFT JOIN casemanager cm ON cm.id = r.casemanager_id
       LEFT JOIN client c ON c.id = r.client_id
       LEFT JOIN funding f ON f.id = r.funding_id
       LEFT JOIN funder fu ON fu.id = f.funder_id
       WHERE r.exported_batch_id IS NULL AND r.date >= ? AND r.date <= ?
       ORDER BY r.date, r.id, r.version`,
    )
    .all(`${period}-01`, `${period}-31`) as ExportRow[];
}

export function exportPreview(ctx: CoreContext, period: string) {
  const rows = pendingRows(ctx, period);
  const others = ctx.db
    .prepare(`SELECT substr(date, 1, 7) AS period, count(*) AS rows FROM registration WHERE exported_batch_id IS NULL AND version > 1 AND substr(date, 1, 7) <> ? GROUP BY 1 ORDER BY 1`)
    .all(period) as { period: string; rows: number }[];
  const recipient = bsnRecipient(ctx);
  return {
    period,
    rows: rows.length,
    bsnClients: new Set(rows.filter((r) => declarableLaw(r) && r.bsn).map((r) => r.clientId)).size,
    bsnRecipient: recipient ? recipient.label : null,
    corrections: rows.filter((r) => r.version > 1 && !r.deleted).length,
    tombstones: rows.filter((r) => r.deleted).length,
    minutes: rows.filter((r) => !r.deleted).reduce((s, r) => s + r.minutes, 0),
    otherPeriods: others,
  };
}

const LAWS = new Set(['WMO', 'ZVW', 'WLZ']);
/** Data minimisation: a BSN is only needed where a funder declaration needs it. */
const declarableLaw = (r: ExportRow) => (r.basis === 'client' && r.fundingKind && LAWS.has(r.fundingKind) ? r.fundingKind : null);

export function exportRegistrations(ctx: CoreContext, period: string) {
  const { inst, cm, label } = producer(ctx);
  if (!inst.organisationAgb) {
    throw new SchotvrijError('VALIDATION', 'Uw organisatie heeft nog geen AGB-code; die is nodig om uren te exporteren.', 'organisation has no AGB code');
  }
  const rows = pendingRows(ctx, period);
  if (rows.length === 0) throw new SchotvrijError('CONFLICT', `Er zijn geen nieuwe registraties of correcties in ${period} om te exporteren.`, `nothing to export for ${period}`);
  const key = installationKey(ctx);
  const now = ctx.clock.now();
  const seq = ((ctx.db.prepare(`SELECT max(seq) AS s FROM export_batch WHERE kind = 'registrations'`).get() as { s: number | null }).s ?? 0) + 1;
  const batchId = ctx.ids.newId();

  // BSNs never travel in the clear: sealed for the kassier (one row per client), or withheld.
  const recipient = bsnRecipient(ctx);
  const bsnByClient = new Map<string, [string, string | null]>();
  for (const r of rows) if (declarableLaw(r) && r.bsn && r.clientId) bsnByClient.set(r.clientId, [r.bsn, r.bsnStatus]);
  const registrationRows: Cell[][] = rows.map((r) => {
    const law = r.fundingKind && LAWS.has(r.fundingKind) ? r.fundingKind : null;
    return [
      r.id,
      r.version,
      r.supersedes,
      r.deleted ? 1 : 0,
      inst.organisationAgb,
      r.casemanagerAgb ?? cm?.agb ?? null,
      r.clientId,
      null,
      null,
      r.naasteMemberId,
      r.activityCode,
      r.nzaKind,
      r.direct ? 1 : 0,
      r.date,
      r.startedAt,
      r.tzOffsetMin,
      r.minutes,
      r.basis,
      law ?? 'NONE',
      law ? r.funderCode : null,
      law === 'WMO' ? r.toewijzingNummer : null,
      law === 'WMO' ? r.productCode : null,
      r.correctionReason,
      r.note ? 1 : 0,
    ];
  });
  const clientIds = [...new Set(rows.map((r) => r.clientId).filter((x): x is string => x !== null))];
  const eventRows: Cell[][] = [];
  for (const id of clientIds) {
    for (const e of ctx.orm.select({ kind: clientEvent.kind, date: clientEvent.date }).from(clientEvent).where(eq(clientEvent.clientId, id)).orderBy(clientEvent.date).all()) {
      eventRows.push([id, e.kind, e.date]);
    }
  }

  let sealedEntry: Parameters<typeof buildBundle>[0]['sealed'];
  let sealedManifest: Record<string, unknown> = {};
  if (bsnByClient.size > 0 && recipient?.encryptionKey) {
    const csv = strToU8(toCsv(SEALED_BSN_COLUMNS, [...bsnByClient].map(([clientKey, [bsn, status]]) => [clientKey, bsn, status])));
    const s = seal(Buffer.from(recipient.encryptionKey, 'base64'), csv, sealAad(batchId, inst.id));
    sealedEntry = { [SEALED_BSN_ENTRY]: { bytes: s.bytes, rows: bsnByClient.size, columns: SEALED_BSN_COLUMNS } };
    sealedManifest = { sealed: { scheme: SEAL_SCHEME, entry: SEALED_BSN_ENTRY, recipient: { installationId: recipient.installationId, fingerprint: recipient.fingerprint }, ephemeralKey: s.ephemeralKey } };
  } else if (bsnByClient.size > 0) {
    sealedManifest = { bsnWithheld: bsnByClient.size };
  }

  const { bytes } = buildBundle({
    formatVersion: sealedEntry ? BUNDLE_FORMAT_VERSION : 1,
    sealed: sealedEntry,
    manifest: {
      ...sealedManifest,
      kind: 'registrations',
      app: { name: 'Schotvrij', version: APP_VERSION, schemaVersion: MIGRATIONS.length },
      producer: { installationId: inst.id, organisationAgb: inst.organisationAgb, organisationName: inst.organisationName, role: inst.role, label, fingerprint: key.fingerprint },
      batch: { id: batchId, seq, createdAt: new Date(now).toISOString() },
      period,
      totals: { rows: rows.length, minutes: rows.filter((r) => !r.deleted).reduce((s, r) => s + r.minutes, 0) },
    },
    files: { 'registrations.csv': { columns: REGISTRATION_COLUMNS, rows: registrationRows }, 'events.csv': { columns: EVENT_COLUMNS, rows: eventRows } },
    privateKeyDer: key.privateKeyDer,
  });
  const fileName = `registraties-${period}-${inst.organisationAgb}-${String(seq).padStart(4, '0')}.schotvrij.zip`;
  const sha = sha256Hex(bytes);
  // Same transaction (the dispatcher's): the batch with its bytes, and the rows marked. After this they are immutable.
  ctx.orm.insert(exportBatch).values({ id: batchId, seq, kind: 'registrations', period, rowCount: rows.length, sha256: sha, fileName, bundle: Buffer.from(bytes), createdAt: now }).run();
  // One set-based UPDATE with pendingRows' own predicate: inside this transaction it is exactly the
  // rows just written to the bundle (a quarter of the export's time went to one UPDATE per row).
  const marked = ctx.db
    .prepare('UPDATE registration SET exported_batch_id = ? WHERE exported_batch_id IS NULL AND date >= ? AND date <= ?')
    .run(batchId, `${period}-01`, `${period}-31`).changes;
  if (marked !== rows.length) throw new Error(`export marked ${marked} rows but bundled ${rows.length}`);
  return { batch: { id: batchId, seq, kind: 'registrations', period, rowCount: rows.length, sha256: sha, fileName, createdAt: now }, bytes };
}

export function listExports(ctx: CoreContext) {
  return ctx.orm
    .select({ id: exportBatch.id, seq: exportBatch.seq, kind: exportBatch.kind, period: exportBatch.period, rowCount: exportBatch.rowCount, sha256: exportBatch.sha256, fileName: exportBatch.fileName, createdAt: exportBatch.createdAt })
    .from(exportBatch)
    .orderBy(desc(exportBatch.createdAt))
    .limit(1000)
    .all();
}

export function downloadExport(ctx: CoreContext, batchId: string) {
  const b = ctx.orm.select({ fileName: exportBatch.fileName, bundle: exportBatch.bundle }).from(exportBatch).where(eq(exportBatch.id, batchId)).get();
  if (!b) throw notFound('Export', batchId);
  return { fileName: b.fileName, bytes: new Uint8Array(b.bundle) };
}

// ---------------------------------------------------------------- import

type Parsed = {
  registrationId: string;
  version: number;
  supersedes: number | null;
  deleted: boolean;
  casemanagerAgb: string | null;
  clientKey: string | null;
  bsn: string | null;
  bsnStatus: string | null;
  naasteRef: string | null;
  activityCode: string;
  nzaKind: string;
  direct: boolean;
  date: string;
  startedAt: number | null;
  tzOffsetMin: number;
  minutes: number;
  basis: string;
  funderType: string;
  funderCode: string | null;
  toewijzingNummer: number | null;
  productCode: string | null;
  correctionReason: string | null;
  notePresent: boolean;
  extra: string | null;
};

const NZA = new Set(['direct', 'verplaatst', 'indicatiestelling', 'indirect']);
const BASES = new Set(['client', 'algemeen', 'nazorg', 'niet_toerekenbaar']);
const FUNDER_TYPES = new Set(['WMO', 'ZVW', 'WLZ', 'NONE']);
const BSN_STATUSES = new Set(['unverified', 'verified_sbvz', 'verified_gemeente']);
const INT = /^-?[0-9]{1,15}$/;

/**
 * Validates one bundle row (format v1). Hand-written rather than zod per row: a
 * kassier bundle set holds a million rows and this runs inside the import budget.
 */
function parseRow(get: (c: string) => string, line: number, period: string | null, agb: string, extraCols: string[], row: string[], index: Map<string, number>): Parsed | Refusal {
  const fail = (field: string, code: string, nl: string, en: string) => refusal(code, `Regel ${line}: ${nl}`, `row ${line}: ${field}: ${en}`, line, field);
  const id = get('registration_id');
  if (!/^[A-Za-z0-9-]{1,64}$/.test(id)) return fail('registration_id', 'BAD_ROW', 'ongeldig registratienummer.', 'invalid id');
  const v = get('version');
  if (!INT.test(v) || Number(v) < 1) return fail('version', 'BAD_ROW', 'ongeldige versie.', 'version must be a whole number ≥ 1');
  const sup = get('supersedes');
  if (sup !== '' && (!INT.test(sup) || Number(sup) >= Number(v) || Number(sup) < 1)) return fail('supersedes', 'BAD_ROW', 'ongeldige verwijzing naar de vorige versie.', 'supersedes must be an earlier version');
  if (get('organisation_agb') !== agb) return fail('organisation_agb', 'BAD_ROW', 'de organisatie wijkt af van de afzender.', `organisation ${get('organisation_agb')} is not the producer ${agb}`);
  const cmAgb = get('casemanager_agb');
  if (cmAgb !== '' && !/^[0-9]{8}$/.test(cmAgb)) return fail('casemanager_agb', 'BAD_ROW', 'ongeldige AGB-code van de zorgverlener.', 'casemanager_agb must be 8 digits');
  const bsn = get('bsn');
  if (bsn !== '' && !isValidBsn(bsn)) return fail('bsn', 'BAD_ELFPROEF', 'het BSN voldoet niet aan de elfproef.', 'bsn fails the elfproef');
  const bsnStatus = get('bsn_status');
  if (bsnStatus !== '' && !BSN_STATUSES.has(bsnStatus)) return fail('bsn_status', 'BAD_ROW', 'onbekende controlestatus van het BSN.', 'unknown bsn_status');
  const activity = get('activity_code');
  if (activity === '' || activity.length > 40) return fail('activity_code', 'BAD_ROW', 'activiteit ontbreekt.', 'activity_code missing');
  const kind = get('activity_kind');
  if (!NZA.has(kind)) return fail('activity_kind', 'BAD_ROW', 'onbekende soort activiteit.', 'activity_kind must be direct|verplaatst|indicatiestelling|indirect');
  const date = get('date');
  if (!isRealDate(date)) return fail('date', 'BAD_ROW', 'ongeldige datum.', 'date must be YYYY-MM-DD');
  if (period !== null && date.slice(0, 7) !== period) return fail('date', 'PERIOD_MISMATCH', `de datum ${date} valt buiten de periode ${period}.`, `date ${date} outside period ${period}`);
  const started = get('started_at');
  if (started !== '' && !INT.test(started)) return fail('started_at', 'BAD_ROW', 'ongeldige begintijd.', 'started_at must be epoch ms');
  const tz = get('tz_offset_min');
  if (!INT.test(tz) || Math.abs(Number(tz)) > 840) return fail('tz_offset_min', 'BAD_ROW', 'ongeldige tijdzone.', 'tz_offset_min out of range');
  const minutes = get('minutes');
  if (!INT.test(minutes) || Number(minutes) < 1 || Number(minutes) > 1440) return fail('minutes', 'BAD_ROW', 'het aantal minuten moet tussen 1 en 1440 liggen.', 'minutes must be 1..1440');
  const basis = get('basis');
  if (!BASES.has(basis)) return fail('basis', 'BAD_ROW', 'onbekende grondslag.', 'unknown basis');
  const ft = get('funder_type');
  if (!FUNDER_TYPES.has(ft)) return fail('funder_type', 'BAD_ROW', 'onbekende financier.', 'funder_type must be WMO|ZVW|WLZ|NONE');
  if (basis === 'client' && ft === 'NONE') return fail('funder_type', 'BAD_ROW', 'cliëntgebonden tijd zonder financier.', 'client-bound row without a funder');
  const fc = get('funder_code');
  if (ft !== 'NONE' && !/^[0-9]{4}$/.test(fc)) return fail('funder_code', 'BAD_ROW', 'ongeldige code van de financier.', 'funder_code must be 4 digits');
  const tw = get('toewijzing_nr');
  if (tw !== '' && (!INT.test(tw) || Number(tw) < 0 || Number(tw) > 999_999_999)) return fail('toewijzing_nr', 'BAD_ROW', 'ongeldig toewijzingnummer.', 'toewijzing_nr must be an integer ≤ 999999999');
  const pc = get('product_code');
  if (pc.length > 5) return fail('product_code', 'BAD_ROW', 'ongeldige productcode.', 'product_code longer than 5');
  const extra = extraCols.length ? JSON.stringify(Object.fromEntries(extraCols.map((c) => [c, row[index.get(c)!] ?? '']))) : null;
  return {
    registrationId: id,
    version: Number(v),
    supersedes: sup === '' ? null : Number(sup),
    deleted: get('deleted') === '1',
    casemanagerAgb: cmAgb || null,
    clientKey: get('client_key') || null,
    bsn: bsn || null,
    bsnStatus: bsnStatus || null,
    naasteRef: get('naaste_ref') || null,
    activityCode: activity,
    nzaKind: kind,
    direct: get('direct') === '1',
    date,
    startedAt: started === '' ? null : Number(started),
    tzOffsetMin: Number(tz),
    minutes: Number(minutes),
    basis,
    funderType: ft,
    funderCode: fc || null,
    toewijzingNummer: tw === '' ? null : Number(tw),
    productCode: pc || null,
    correctionReason: get('correction_reason') || null,
    notePresent: get('note_present') === '1',
    extra,
  };
}

function report(fileName: string, status: ImportReport['status'], more: Partial<ImportReport> = {}): ImportReport {
  return { fileName, status, batchId: null, organisation: null, period: null, rows: 0, accepted: 0, duplicate: 0, reasons: [], keptColumns: [], backupFile: null, ...more };
}

const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));
const CHUNK = 20_000;

interface Prepared {
  batch: typeof importBatch.$inferInsert;
  rows: Parsed[];
  events: { clientKey: string; kind: string; date: string }[];
  report: ImportReport;
}

/**
 * Writes one validated bundle. MUST run inside an open transaction (the caller's):
 * the batch record and all its rows commit together or not at all.
 */
/** Timeline events already stored, per import action: each monthly bundle repeats a client's events. */
type KnownEvents = Set<string>;

function knownEvents(ctx: CoreContext): KnownEvents {
  const rows = ctx.db.prepare('SELECT organisation_agb AS a, client_key AS c, kind AS k, date AS d FROM imported_event').all() as { a: string; c: string; k: string; d: string }[];
  return new Set(rows.map((r) => `${r.a}|${r.c}|${r.k}|${r.d}`));
}

async function writePrepared(ctx: CoreContext, p: Prepared, progress?: (done: number) => void, known: KnownEvents = knownEvents(ctx)): Promise<number> {
  const insertRow = ctx.db.prepare(
    `INSERT INTO imported_registration (organisation_agb, registration_id, version, supersedes, deleted, batch_id, casemanager_agb, client_key, bsn, bsn_status,
       naaste_ref, activity_code, nza_kind, direct, date, started_at, tz_offset_min, minutes, basis, funder_type, funder_code, toewijzing_nummer, product_code,
       correction_reason, note_present, extra, imported_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT DO NOTHING`,
  );
  const insertEvent = ctx.db.prepare('INSERT INTO imported_event (organisation_agb, client_key, kind, date, batch_id) VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING');
  const { batch, rows } = p;
  const agb = batch.organisationAgb;
  let accepted = 0;
  ctx.orm.insert(importBatch).values(batch).run();
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i]!;
    accepted += insertRow.run(
      agb, r.registrationId, r.version, r.supersedes, r.deleted ? 1 : 0, batch.id, r.casemanagerAgb, r.clientKey, r.bsn, r.bsnStatus, r.naasteRef, r.activityCode,
      r.nzaKind, r.direct ? 1 : 0, r.date, r.startedAt, r.tzOffsetMin, r.minutes, r.basis, r.funderType, r.funderCode, r.toewijzingNummer, r.productCode,
      r.correctionReason, r.notePresent ? 1 : 0, r.extra, batch.importedAt,
    ).changes;
    if ((i + 1) % CHUNK === 0) {
      progress?.(i + 1);
      await yieldToEventLoop();
    }
  }
  for (const e of p.events) {
    const key = `${agb}|${e.clientKey}|${e.kind}|${e.date}`;
    if (known.has(key)) continue;
    known.add(key);
    insertEvent.run(agb, e.clientKey, e.kind, e.date, batch.id);
  }
  ctx.db.prepare('UPDATE import_batch SET accepted = ?, duplicate = ? WHERE id = ?').run(accepted, rows.length - accepted, batch.id);
  return accepted;
}

/**
 * One transaction around `work`, which may await between chunks so progress reaches
 * the UI. Safe because the dispatcher runs one call at a time: nothing else can touch
 * the connection while this transaction is open. A crash leaves it all out.
 */
async function inTransaction<T>(ctx: CoreContext, rows: number, work: () => Promise<T>): Promise<T> {
  ctx.db.pragma('cache_size = -65536');
  ctx.db.exec('BEGIN IMMEDIATE');
  try {
    const r = await work();
    ctx.db.exec('COMMIT');
    return r;
  } catch (e) {
    if (ctx.db.inTransaction) ctx.db.exec('ROLLBACK');
    throw e;
  } finally {
    ctx.db.pragma('cache_size = -16000');
    // A big import leaves a big WAL; fold it back so the database is one file at rest.
    if (rows > 10_000 && !ctx.db.inTransaction) ctx.db.pragma('wal_checkpoint(TRUNCATE)');
  }
}

/** The sealed BSN table of a version-2 bundle, opened with this installation's key. */
function unsealBsns(ctx: CoreContext, m: Manifest, bytes: Uint8Array | undefined): Map<string, [string, string]> | Refusal {
  const s = m.sealed!;
  const own = ctx.installation();
  if (s.recipient.installationId !== own?.id) {
    return refusal('NOT_FOR_US', 'De BSN’s in deze bundel zijn versleuteld voor een andere kassier. Vraag de casemanager de bundel opnieuw te maken voor deze kassier.', `sealed for installation ${s.recipient.installationId}, this is ${own?.id ?? 'not set up'}`);
  }
  if (s.scheme !== SEAL_SCHEME || !bytes) return refusal('MALFORMED', 'De versleutelde BSN’s in de bundel zijn onleesbaar.', `unknown seal scheme ${s.scheme} or entry ${s.entry} missing`);
  const plain = unseal(installationBoxKey(ctx), s.ephemeralKey, bytes, sealAad(m.batch.id, m.producer.installationId));
  if (!plain) return refusal('SEAL_FAILED', 'De versleutelde BSN’s konden niet worden geopend met de sleutel van deze kassier.', 'sealed BSN entry does not open with this installation key');
  const { header, rows } = parseCsv(plain);
  const [ck, b, st] = SEALED_BSN_COLUMNS.map((c) => header.indexOf(c)) as [number, number, number];
  if (ck < 0 || b < 0 || st < 0) return refusal('MALFORMED', 'De versleutelde BSN’s in de bundel zijn onleesbaar.', 'sealed BSN table lacks columns');
  return new Map(rows.map((r) => [r[ck] ?? '', [r[b] ?? '', r[st] ?? ''] as [string, string]]));
}

/** Everything short of writing: container, signer, signature, hashes, duplicate, every row. */
function prepareBundle(ctx: CoreContext, fileName: string, bytes: Uint8Array): Prepared | ImportReport {
  const refused = (r: Refusal | Refusal[], more: Partial<ImportReport> = {}) => report(fileName, 'refused', { reasons: (Array.isArray(r) ? r : [r]).slice(0, 200), ...more });
  const opened = openBundle(bytes);
  if ('code' in opened) return refused(opened);
  // Until the signature verifies, the manifest only tells us which key to check with.
  const signerId = 'futureFormat' in opened ? opened.installationId : opened.manifest.producer.installationId;
  const signer = ctx.orm.select().from(trustedSigner).where(eq(trustedSigner.installationId, signerId)).get();
  if (!signer) {
    const label = 'futureFormat' in opened ? signerId : opened.manifest.producer.label;
    return refused(refusal('UNKNOWN_SIGNER', `Deze bundel komt van een installatie die u (nog) niet vertrouwt: ${label}.`, `unknown signer ${signerId}`));
  }
  if (signer.revokedAt !== null) {
    return refused(refusal('REVOKED_SIGNER', `De installatie ${signer.label} is ingetrokken; haar bundels worden niet meer aangenomen.`, `signer ${signer.installationId} was revoked`));
  }
  const publicKey = Buffer.from(signer.publicKey, 'base64');
  if ('futureFormat' in opened) return refused(verifyFutureBundle(opened, publicKey));
  const check = verifyBundle(opened, publicKey);
  if (check) return refused(check);
  const m = opened.manifest;
  if (m.kind !== 'registrations') return refused(refusal('MALFORMED', 'Dit is geen bundel met urenregistraties.', `bundle kind ${m.kind} is not registrations`));
  if (signer.organisationAgb && signer.organisationAgb !== m.producer.organisationAgb) {
    return refused(refusal('MALFORMED', 'De organisatie in de bundel wijkt af van de vertrouwde installatie.', `producer AGB ${m.producer.organisationAgb} differs from trusted ${signer.organisationAgb}`));
  }

  const sha = sha256Hex(bytes);
  const base = { batchId: m.batch.id, organisation: m.producer.organisationName, period: m.period };
  const seen = ctx.orm.select().from(importBatch).where(eq(importBatch.id, m.batch.id)).get();
  if (seen) {
    if (seen.sha256 !== sha) return refused(refusal('CONFLICT', 'Een andere bundel met hetzelfde nummer is al ingelezen.', `batch ${m.batch.id} was imported with different content`), base);
    return report(fileName, 'duplicate', { ...base, rows: seen.rows, duplicate: seen.rows });
  }

  const entry = m.files.find((f) => f.name === 'registrations.csv');
  if (!entry) return refused(refusal('MALFORMED', 'De bundel bevat geen registraties.', 'registrations.csv not listed'), base);
  const { header, rows } = parseCsv(opened.files.get('registrations.csv')!);
  const missing = REGISTRATION_COLUMNS.filter((c) => !header.includes(c));
  if (missing.length) return refused(refusal('MALFORMED', `De kolom(men) ${missing.join(', ')} ontbreken.`, `missing columns: ${missing.join(', ')}`), base);
  if (rows.length !== entry.rows) return refused(refusal('TRUNCATED', `De bundel is onvolledig: ${rows.length} van ${entry.rows} regels.`, `expected ${entry.rows} rows, found ${rows.length}`), base);
  const index = new Map(header.map((c, i) => [c, i]));
  // Column positions resolved once, not per field per row.
  const at: Record<string, number> = Object.fromEntries(index);
  if (m.sealed) {
    const sealed = unsealBsns(ctx, m, opened.files.get(m.sealed.entry));
    if ('code' in sealed) return refused(sealed, base);
    // Fill the BSN columns from the sealed table; the rows' own validation (elfproef) then runs as usual.
    const [ck, bsnAt, statusAt] = [at.client_key!, at.bsn!, at.bsn_status!];
    for (const row of rows) {
      const hit = sealed.get(row[ck] ?? '');
      if (hit && row.length === header.length && row[bsnAt] === '') {
        row[bsnAt] = hit[0];
        row[statusAt] = hit[1];
      }
    }
  }
  const known = new Set<string>(REGISTRATION_COLUMNS);
  const extraCols = header.filter((c) => !known.has(c));
  // The report lists the kept columns (at most 100 by the contract): more is no format of ours,
  // and accepting it would commit the rows and then fail the answer as INTERNAL.
  if (extraCols.length > 100) return refused(refusal('MALFORMED', `De bundel heeft ${extraCols.length} onbekende kolommen; dat is geen Schotvrij-formaat.`, `${extraCols.length} unknown columns (at most 100)`), base);
  const parsed: Parsed[] = [];
  const problems: Refusal[] = [];
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]!;
    if (row.length !== header.length) {
      problems.push(refusal('BAD_ROW', `Regel ${i + 1}: het aantal kolommen klopt niet.`, `row ${i + 1}: ${row.length} fields, header has ${header.length}`, i + 1));
    } else {
      const r = parseRow((c) => row[at[c]!] ?? '', i + 1, m.period, m.producer.organisationAgb, extraCols, row, index);
      if ('code' in r) problems.push(r);
      else parsed.push(r);
    }
    if (problems.length >= 200) break;
  }
  if (problems.length) return refused(problems, { ...base, rows: rows.length });

  const events: { clientKey: string; kind: string; date: string }[] = [];
  const eventsFile = opened.files.get('events.csv');
  if (eventsFile) {
    const ev = parseCsv(eventsFile);
    const [ck, k, d] = EVENT_COLUMNS.map((c) => ev.header.indexOf(c)) as [number, number, number];
    if (ck < 0 || k < 0 || d < 0) return refused(refusal('MALFORMED', 'De gebeurtenissen in de bundel zijn onleesbaar.', 'events.csv columns missing'), base);
    for (const r of ev.rows) if (r[ck] && r[k] && isRealDate(r[d] ?? '')) events.push({ clientKey: r[ck]!, kind: r[k]!, date: r[d]! });
  }
  return {
    batch: {
      id: m.batch.id,
      source: 'bundle',
      installationId: m.producer.installationId,
      organisationAgb: m.producer.organisationAgb,
      seq: m.batch.seq,
      period: m.period,
      formatVersion: m.formatVersion,
      appVersion: m.app.version,
      sha256: sha,
      fileName,
      rows: parsed.length,
      accepted: 0,
      duplicate: 0,
      manifest: JSON.stringify(m),
      importedAt: ctx.clock.now(),
    },
    rows: parsed,
    events,
    report: report(fileName, 'accepted', { ...base, rows: parsed.length, keptColumns: extraCols }),
  };
}

const preImportBackup = (ctx: CoreContext) =>
  ctx.backup('pre-import');

export async function importBundle(ctx: CoreContext, fileName: string, bytes: Uint8Array, opts: { backup?: boolean } = {}): Promise<ImportReport> {
  const p = prepareBundle(ctx, fileName, bytes);
  if (!('batch' in p)) return p;
  // Never import without a verified copy of what was there before (once per import action).
  const backup = opts.backup === false ? null : preImportBackup(ctx);
  const accepted = await inTransaction(ctx, p.rows.length, () => writePrepared(ctx, p, (done) => ctx.progress('import', done, p.rows.length)));
  ctx.progress('import', p.rows.length, p.rows.length);
  return { ...p.report, accepted, duplicate: p.rows.length - accepted, backupFile: backup?.file ?? null };
}

/**
 * A kassier's intake: many bundles in ONE transaction (one fsync instead of one per
 * bundle), handled one bundle at a time so memory holds one bundle. Each bundle stays
 * whole or nothing: a refused one is skipped, the rest goes in; a crash leaves all out.
 */
export async function importBundleFiles(ctx: CoreContext, files: { fileName: string; read: () => Uint8Array }[]): Promise<ImportReport[]> {
  const backup = preImportBackup(ctx);
  const reports: ImportReport[] = [];
  const known = knownEvents(ctx);
  await inTransaction(ctx, 1_000_000, async () => {
    for (const [i, f] of files.entries()) {
      let p: Prepared | ImportReport;
      try {
        p = prepareBundle(ctx, f.fileName, f.read());
      } catch (e) {
        p = report(f.fileName, 'refused', { reasons: [refusal('MALFORMED', 'Het bestand kan niet worden gelezen.', (e as Error).message)] });
      }
      if ('batch' in p) {
        const accepted = await writePrepared(ctx, p, undefined, known);
        reports.push({ ...p.report, accepted, duplicate: p.rows.length - accepted, backupFile: backup.file });
      } else reports.push(p);
      ctx.progress('import', i + 1, files.length);
      await yieldToEventLoop();
    }
  });
  return reports;
}

// ---------------------------------------------------------------- CSV from organisations without Schotvrij

/** The documented CSV (docs/formats.md): Dutch headers, ';' or ',', decimal comma tolerated. */
const CSV_ALIASES: Record<string, string> = {
  organisatie_agb: 'organisation_agb',
  zorgverlener_agb: 'casemanager_agb',
  registratie_id: 'registration_id',
  versie: 'version',
  vervangt_versie: 'supersedes',
  vervallen: 'deleted',
  datum: 'date',
  minuten: 'minutes',
  uren: 'hours',
  bsn: 'bsn',
  clientnummer: 'client_key',
  activiteit: 'activity_code',
  soort: 'activity_kind',
  financier: 'funder_type',
  financier_code: 'funder_code',
  toewijzingnummer: 'toewijzing_nr',
  productcode: 'product_code',
  reden_correctie: 'correction_reason',
};

const KIND_OF: Record<string, string> = { direct: 'direct', verplaatst: 'verplaatst', indicatiestelling: 'indicatiestelling', mantelzorgondersteuning: 'direct' };

export async function importCsv(ctx: CoreContext, fileName: string, text: string, organisationAgb: string): Promise<ImportReport> {
  const org = ctx.orm.select().from(organisation).where(eq(organisation.agb, organisationAgb)).get();
  if (!org) {
    return report(fileName, 'refused', { reasons: [refusal('UNKNOWN_SIGNER', `Organisatie ${organisationAgb} is geen lid van dit netwerk in Schotvrij.`, `unknown organisation ${organisationAgb}`)] });
  }
  const sha = sha256Hex(text);
  const id = `csv-${sha.slice(0, 32)}`;
  const seen = ctx.orm.select().from(importBatch).where(eq(importBatch.id, id)).get();
  const base = { batchId: id, organisation: org.name };
  if (seen) return report(fileName, 'duplicate', { ...base, rows: seen.rows, duplicate: seen.rows });

  const parsedCsv = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: true, delimiter: '' });
  const [rawHeader = [], ...rows] = parsedCsv.data;
  const header = rawHeader.map((h) => CSV_ALIASES[h.trim().toLowerCase()] ?? h.trim().toLowerCase());
  const need = ['organisation_agb', 'registration_id', 'date', 'activity_code', 'funder_type'];
  const missing = need.filter((c) => !header.includes(c));
  if (!header.includes('minutes') && !header.includes('hours')) missing.push('minuten of uren');
  if (missing.length) return report(fileName, 'refused', { ...base, reasons: [refusal('MALFORMED', `De kolom(men) ${missing.join(', ')} ontbreken.`, `missing columns: ${missing.join(', ')}`)] });
  const at = new Map(header.map((c, i) => [c, i]));
  const parsed: Parsed[] = [];
  const problems: Refusal[] = [];
  rows.forEach((row, i) => {
    const line = i + 1;
    const get = (c: string) => (at.has(c) ? (row[at.get(c)!] ?? '').trim() : '');
    let minutes = get('minutes');
    if (minutes === '' && get('hours') !== '') {
      // Dutch decimal comma tolerated: "1,5" uur = 90 minuten. Only whole minutes result.
      // A decimal number only: Number() would also take '0x10', '1e1' and '+1'.
      const text = get('hours').replace(',', '.');
      const hours = /^[0-9]*\.?[0-9]+$/.test(text) ? Number(text) : NaN;
      const m = Math.round(hours * 60);
      minutes = Number.isFinite(hours) && Math.abs(hours * 60 - m) < 1e-6 ? String(m) : 'x';
    }
    const date = parseDateInput(get('date'));
    const funderType = (get('funder_type') || 'GEEN').toUpperCase().replace('GEEN', 'NONE');
    const values: Record<string, string> = {
      registration_id: get('registration_id'),
      version: get('version') || '1',
      supersedes: get('supersedes'),
      deleted: ['1', 'ja', 'true'].includes(get('deleted').toLowerCase()) ? '1' : '0',
      organisation_agb: get('organisation_agb'),
      casemanager_agb: get('casemanager_agb'),
      client_key: get('client_key'),
      bsn: get('bsn').replace(/[\s.-]/g, ''),
      bsn_status: '',
      naaste_ref: '',
      activity_code: get('activity_code').toLowerCase(),
      activity_kind: get('activity_kind') || KIND_OF[get('activity_code').toLowerCase()] || 'indirect',
      direct: ['direct', 'verplaatst', 'indicatiestelling'].includes(get('activity_kind') || KIND_OF[get('activity_code').toLowerCase()] || '') ? '1' : '0',
      date: date ?? get('date'),
      started_at: '',
      tz_offset_min: '60',
      minutes,
      basis: funderType === 'NONE' ? 'algemeen' : 'client',
      funder_type: funderType,
      funder_code: get('funder_code'),
      toewijzing_nr: get('toewijzing_nr'),
      product_code: get('product_code'),
      correction_reason: get('correction_reason'),
      note_present: '0',
    };
    if (values.basis === 'client' && !values.bsn) {
      problems.push(refusal('BAD_ROW', `Regel ${line}: het BSN ontbreekt bij cliëntgebonden tijd.`, `row ${line}: bsn required for a funded row`, line, 'bsn'));
      return;
    }
    const r = parseRow((c) => values[c] ?? '', line, null, organisationAgb, [], row, at);
    if ('code' in r) problems.push(r);
    else parsed.push({ ...r, clientKey: r.clientKey ?? r.bsn });
  });
  if (problems.length) return report(fileName, 'refused', { ...base, rows: rows.length, reasons: problems.slice(0, 200) });
  if (parsed.length === 0) return report(fileName, 'refused', { ...base, reasons: [refusal('MALFORMED', 'Het bestand bevat geen registraties.', 'no rows')] });
  const backup = preImportBackup(ctx);
  const prepared: Prepared = {
    batch: { id, source: 'csv', installationId: null, organisationAgb, seq: null, period: null, formatVersion: 1, appVersion: null, sha256: sha, fileName, rows: parsed.length, accepted: 0, duplicate: 0, manifest: JSON.stringify({ csvHeader: rawHeader }), importedAt: ctx.clock.now() },
    rows: parsed,
    events: [],
    report: report(fileName, 'accepted'),
  };
  const accepted = await inTransaction(ctx, parsed.length, () => writePrepared(ctx, prepared));
  return report(fileName, 'accepted', { ...base, rows: parsed.length, accepted, duplicate: parsed.length - accepted, backupFile: backup.file });
}

export function listImports(ctx: CoreContext) {
  return ctx.orm
    .select({
      id: importBatch.id,
      source: importBatch.source,
      organisationAgb: importBatch.organisationAgb,
      organisationName: organisation.name,
      seq: importBatch.seq,
      period: importBatch.period,
      fileName: importBatch.fileName,
      rows: importBatch.rows,
      accepted: importBatch.accepted,
      duplicate: importBatch.duplicate,
      importedAt: importBatch.importedAt,
    })
    .from(importBatch)
    .leftJoin(organisation, eq(organisation.agb, importBatch.organisationAgb))
    .orderBy(desc(importBatch.importedAt))
    .limit(1000)
    .all();
}

// ---------------------------------------------------------------- kassier totals

const GROUP_SQL: Record<string, string> = {
  organisation: 'r.organisation_agb',
  casemanager: "coalesce(r.casemanager_agb, '')",
  law: 'r.funder_type',
  funder: "r.funder_type || ':' || coalesce(r.funder_code, '')",
  month: 'substr(r.date, 1, 7)',
  basis: 'r.basis',
  client: "coalesce(r.client_key, '')",
};

const LAW_LABEL: Record<string, string> = { WMO: 'Wmo', ZVW: 'Zvw', WLZ: 'Wlz', NONE: 'Niet toegerekend aan een wet' };
const BASIS_LABEL: Record<string, string> = { client: 'Cliëntgebonden', algemeen: 'Algemeen (niet-cliëntgebonden)', nazorg: 'Nazorg', niet_toerekenbaar: 'Niet toe te rekenen' };

/**
 * Sums of the CURRENT version of each imported registration (tombstones excluded):
 * re-imports and arrival order cannot change these numbers (tested as a property).
 */
export function kassierTotals(ctx: CoreContext, from: string, to: string, groupBy: string) {
  const key = GROUP_SQL[groupBy]!;
  const rows = ctx.db
    .prepare(
      `SELECT ${key} AS key, sum(r.minutes) AS minutes, count(*) AS count
       FROM imported_registration r
       WHERE r.date >= ? AND r.date <= ? AND r.deleted = 0
         AND NOT EXISTS (SELECT 1 FROM imported_registration n WHERE n.organisation_agb = r.organisation_agb AND n.registration_id = r.registration_id AND n.version > r.version)
       GROUP BY 1 ORDER BY 1 LIMIT 1000`,
    )
    .all(from, to) as { key: string; minutes: number; count: number }[];
  return rows.map((r) => ({ ...r, label: labelFor(ctx, groupBy, r.key) }));
}

function labelFor(ctx: CoreContext, groupBy: string, key: string): string {
  switch (groupBy) {
    case 'organisation':
      return ctx.orm.select({ name: organisation.name }).from(organisation).where(eq(organisation.agb, key)).get()?.name ?? `AGB ${key}`;
    case 'casemanager':
      return key ? (ctx.orm.select({ name: casemanager.name }).from(casemanager).where(eq(casemanager.agb, key)).get()?.name ?? `AGB ${key}`) : 'Onbekend';
    case 'law':
      return LAW_LABEL[key] ?? key;
    case 'funder': {
      const [law, code] = key.split(':') as [string, string];
      const f = code ? ctx.orm.select({ name: funder.name }).from(funder).where(and(eq(funder.law, law as 'WMO'), eq(funder.code, code))).get() : undefined;
      return f?.name ?? (code ? `${LAW_LABEL[law] ?? law} ${code}` : (LAW_LABEL[law] ?? law));
    }
    case 'basis':
      return BASIS_LABEL[key] ?? key;
    case 'client': {
      if (!key) return 'Zonder cliënt';
      const c = ctx.orm.select({ voornaam: client.voornaam, tussenvoegsel: client.tussenvoegsel, achternaam: client.achternaam }).from(client).where(eq(client.id, key)).get();
      return c ? listName(c) : `Cliënt ${key.slice(0, 8)}`;
    }
    default:
      return key;
  }
}

