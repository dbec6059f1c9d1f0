/**
 * The fictional demo network, as a deterministic in-memory model.
 *
 * The same seed and size always give the same network, with the same ids. Every
 * installation made from one seed (arrangeur, ketenregisseur, kassier) writes its
 * own subset of this ONE model, so their exchange bundles can later be traded as
 * if they came from one real network.
 *
 * IMPORTANT: never reorder or remove random draws for existing entities; add new
 * draws after the existing ones (or from a separate stream), or every id and name
 * of an existing seed changes.
 */
import { base, Faker, nl } from '@faker-js/faker';
import { isValidBsn } from '../../../shared/domain/bsn';
import type { ClientStatus, Law, OrganisationKind } from '../../../shared/schema/index';
import { seededIds, type Ids } from '../ids';

export type DemoSize = 'small' | 'network' | 'kassier';

export interface DemoOrganisation {
  id: string;
  name: string;
  agb: string | null;
  kind: OrganisationKind;
  isKassier: boolean;
}

export interface DemoFunder {
  id: string;
  law: Law;
  code: string;
  name: string;
}

export interface DemoCasemanager {
  id: string;
  organisationId: string;
  name: string;
  agb: string;
}

export interface DemoClient {
  id: string;
  voornaam: string;
  tussenvoegsel: string | null;
  achternaam: string;
  geboortedatum: string;
  bsn: string | null;
  bsnStatus: 'unverified' | 'verified_sbvz' | 'verified_gemeente';
  status: ClientStatus;
  casemanagerId: string;
  organisationId: string;
  gemeenteCode: string;
}

export interface NetworkModel {
  seed: number;
  size: DemoSize;
  networkName: string;
  /** Instant the demo "was made"; all generated timestamps derive from it. */
  baseMs: number;
  organisations: DemoOrganisation[];
  funders: DemoFunder[];
  casemanagers: DemoCasemanager[];
  clients: DemoClient[];
}

/** Fixed so that ids are identical across runs and machines. */
export const DEMO_BASE_MS = Date.UTC(2026, 0, 5, 8, 0, 0);

export const SIZES: Record<DemoSize, { casemanagers: number; clientsPerCasemanager: number }> = {
  small: { casemanagers: 8, clientsPerCasemanager: 25 },
  // 60 casemanagers × 150 clients: the ketenregisseur dashboard benchmark (issue 8).
  network: { casemanagers: 60, clientsPerCasemanager: 150 },
  kassier: { casemanagers: 60, clientsPerCasemanager: 150 },
};

const ORGANISATIONS: { name: string; kind: OrganisationKind; weight: number; hasAgb: boolean }[] = [
  { name: 'Zorggroep Maasland', kind: 'vvt', weight: 5, hasAgb: true },
  { name: 'Thuiszorg De Roerstreek', kind: 'vvt', weight: 3, hasAgb: true },
  { name: 'GGZ Midden-Limburg Oost', kind: 'ggz', weight: 2, hasAgb: true },
  { name: 'Wijkzorg Leudal', kind: 'vvt', weight: 2, hasAgb: true },
  { name: 'Stichting Welzijn Maasgouw', kind: 'welzijn', weight: 0, hasAgb: false },
];

/** Real CBS gemeentecodes of the Midden-Limburg region (public codes, no personal data). */
const GEMEENTEN: { code: string; name: string; weight: number }[] = [
  { code: '0957', name: 'Gemeente Roermond', weight: 5 },
  { code: '1711', name: 'Gemeente Echt-Susteren', weight: 3 },
  { code: '1640', name: 'Gemeente Leudal', weight: 3 },
  { code: '1641', name: 'Gemeente Maasgouw', weight: 2 },
  { code: '1669', name: 'Gemeente Roerdalen', weight: 2 },
];

// Fictional funders in codes no real insurer or zorgkantoor uses.
const OTHER_FUNDERS: { law: Law; code: string; name: string }[] = [
  { law: 'ZVW', code: '9901', name: 'Zorgverzekeraar Zuid (demo)' },
  { law: 'ZVW', code: '9902', name: 'Zorgverzekeraar Maas & Roer (demo)' },
  { law: 'WLZ', code: '9951', name: 'Zorgkantoor Limburg (demo)' },
];

// Clients of a dementia network were mostly born 1925–1960: traditional first names.
const FIRST_NAMES_F = ['Johanna', 'Maria', 'Wilhelmina', 'Petronella', 'Geertruida', 'Jacoba', 'Cornelia', 'Hendrika', 'Elisabeth', 'Anna', 'Theodora', 'Gerarda', 'Catharina', 'Margaretha', 'Josephina', 'Helena', 'Agnes', 'Trees', 'Riet', 'Mien', 'Annie', 'Lies', 'Truus', 'Bep'];
const FIRST_NAMES_M = ['Johannes', 'Cornelis', 'Hendrik', 'Gerardus', 'Antonius', 'Petrus', 'Jacobus', 'Wilhelmus', 'Theodorus', 'Franciscus', 'Hubertus', 'Leonardus', 'Martinus', 'Josephus', 'Harrie', 'Sjef', 'Jan', 'Piet', 'Kees', 'Wim', 'Toon', 'Mathieu', 'Lei', 'Frans'];

const TUSSENVOEGSEL = /^((?:van|de|der|den|het|ter|ten|in|'t|op|te|la|le)\s+)+/i;

export function splitLastName(full: string): { tussenvoegsel: string | null; achternaam: string } {
  const m = TUSSENVOEGSEL.exec(full);
  if (!m) return { tussenvoegsel: null, achternaam: full };
  return { tussenvoegsel: m[0].trim().toLowerCase(), achternaam: full.slice(m[0].length) };
}

/**
 * Synthetic BSNs from the 9999xxxxx test range that pass the elfproef, in a fixed
 * order. The range holds ~9,090 valid numbers; the network size uses ~8,400.
 */
export function* testBsns(): Generator<string> {
  for (let n = 999_900_000; n <= 999_999_999; n++) {
    const s = String(n);
    if (isValidBsn(s)) yield s;
  }
}

function weighted<T extends { weight: number }>(f: Faker, items: T[]): T {
  const total = items.reduce((s, i) => s + i.weight, 0);
  let r = f.number.float({ min: 0, max: total });
  for (const i of items) {
    r -= i.weight;
    if (r <= 0) return i;
  }
  return items[items.length - 1]!;
}

const STATUS_WEIGHTS: { status: ClientStatus; weight: number }[] = [
  { status: 'in_zorg', weight: 70 },
  { status: 'wachtend', weight: 8 },
  { status: 'aangemeld', weight: 7 },
  { status: 'opgenomen', weight: 6 },
  { status: 'overleden', weight: 5 },
  { status: 'uitgeschreven', weight: 4 },
];

function agbFrom(f: Faker, prefix: string): string {
  return prefix + String(f.number.int({ min: 0, max: 10 ** (8 - prefix.length) - 1 })).padStart(8 - prefix.length, '0');
}

export function buildNetworkModel(seed: number, size: DemoSize): NetworkModel {
  const f = new Faker({ locale: [nl, base], seed });
  const ids: Ids = seededIds(seed, DEMO_BASE_MS);
  const dims = SIZES[size];

  const organisations: DemoOrganisation[] = ORGANISATIONS.map((o, i) => ({
    id: ids.newId(),
    name: o.name,
    agb: o.hasAgb ? agbFrom(f, '0' + String(3 + i)) : null,
    kind: o.kind,
    // The largest member organisation acts as kassier (002:3770-3772).
    isKassier: i === 0,
  }));

  const funders: DemoFunder[] = [
    ...GEMEENTEN.map((g) => ({ id: ids.newId(), law: 'WMO' as const, code: g.code, name: g.name })),
    ...OTHER_FUNDERS.map((x) => ({ id: ids.newId(), ...x })),
  ];

  const careOrgs = ORGANISATIONS.map((o, i) => ({ ...o, org: organisations[i]! })).filter((o) => o.weight > 0);
  const casemanagers: DemoCasemanager[] = [];
  for (let i = 0; i < dims.casemanagers; i++) {
    // Round-robin over the first organisations guarantees each has a casemanager; the rest by weight.
    const org = i < careOrgs.length ? careOrgs[i]!.org : weighted(f, careOrgs).org;
    casemanagers.push({
      id: ids.newId(),
      organisationId: org.id,
      name: `${f.person.firstName()} ${f.person.lastName()}`,
      agb: agbFrom(f, '99'),
    });
  }

  const bsns = testBsns();
  const clients: DemoClient[] = [];
  for (const cm of casemanagers) {
    for (let j = 0; j < dims.clientsPerCasemanager; j++) {
      const female = f.number.float({ min: 0, max: 1 }) < 0.62;
      const { tussenvoegsel, achternaam } = splitLastName(f.person.lastName());
      const birth = f.date.birthdate({ min: 1925, max: 1962, mode: 'year', refDate: new Date(DEMO_BASE_MS) });
      const status = weighted(f, STATUS_WEIGHTS).status;
      const verified = f.number.float({ min: 0, max: 1 });
      // At aanmelding the BSN is often not known yet.
      const bsn = status === 'aangemeld' ? null : (bsns.next().value ?? null);
      clients.push({
        id: ids.newId(),
        voornaam: f.helpers.arrayElement(female ? FIRST_NAMES_F : FIRST_NAMES_M),
        tussenvoegsel,
        achternaam,
        geboortedatum: birth.toISOString().slice(0, 10),
        bsn,
        bsnStatus: bsn === null ? 'unverified' : verified < 0.8 ? 'verified_sbvz' : verified < 0.9 ? 'verified_gemeente' : 'unverified',
        status,
        casemanagerId: cm.id,
        organisationId: cm.organisationId,
        gemeenteCode: weighted(f, GEMEENTEN).code,
      });
    }
  }

  return {
    seed,
    size,
    networkName: 'Dementienetwerk Midden-Limburg (demo)',
    baseMs: DEMO_BASE_MS,
    organisations,
    funders,
    casemanagers,
    clients,
  };
}
