/** Dutch labels for the codes the contract uses. Records keep them exhaustive at compile time. */
import type { BsnVerification } from '../../../shared/domain/bsn';
import type { AuditEntry, BackupInfo, EigenSecurity, ImportReport, MethodName, WorkspaceKind } from '../../../shared/contract/index';
import type { BASES, CLIENT_LINKS, KASSIER_GROUPS, NZA_KINDS, REGISTRATION_STATES } from '../../../shared/contract/index';
import type { ClientStatus, OrganisationKind, Role, TableName } from '../../../shared/schema/index';
import type { VERTEGENWOORDIGING } from '../../../shared/contract/index';
import type { WLZ_LEVERINGSVORMEN, WLZ_ZORGPROFIELEN } from '../../../shared/codelists/index';
import type {
  ActionFrequencyUnit,
  ClientEventKind,
  ConsentMethod,
  FundingKind,
  FundingStatus,
  GESLACHTEN,
  GoalStatus,
  NetworkKind,
  PerformerKind,
  WOONSITUATIES,
  ZVW_SOORTEN,
} from '../../../shared/domain/enums';

export type IdDocumentType = 'paspoort' | 'identiteitskaart' | 'rijbewijs' | 'verblijfsdocument';
export type ScoredBy = 'client' | 'professional' | 'samen';

export const ROLE_LABEL: Record<Role, string> = {
  arrangeur: 'Arrangeur / casemanager',
  ketenregisseur: 'Ketenregisseur',
  kassier: 'Kassier',
};

export const ROLE_DESCRIPTION: Record<Role, string> = {
  arrangeur: 'Vaste contactpersoon van cliënten: dossier, ondersteuningsplan en tijdregistratie.',
  ketenregisseur: 'Stuurt de casemanagers van alle organisaties aan en maakt netwerkrapportages.',
  kassier: 'Importeert registraties, bewaakt budgetten en plafonds en rekent af met financiers.',
};

export const ROLES_IN_ORDER: readonly Role[] = ['arrangeur', 'ketenregisseur', 'kassier'];

export const CLIENT_STATUS_LABEL: Record<ClientStatus, string> = {
  aangemeld: 'Aangemeld',
  wachtend: 'Wachtend',
  in_zorg: 'In zorg',
  opgenomen: 'Opgenomen (Wlz)',
  overleden: 'Overleden',
  uitgeschreven: 'Uitgeschreven',
};

export const CLIENT_STATUSES_IN_ORDER: readonly ClientStatus[] = ['aangemeld', 'wachtend', 'in_zorg', 'opgenomen', 'overleden', 'uitgeschreven'];

export const BSN_STATUS_LABEL: Record<BsnVerification, string> = {
  unverified: 'Niet geverifieerd',
  verified_sbvz: 'Geverifieerd via SBV-Z',
  verified_gemeente: 'Geverifieerd door de gemeente',
};

export const ORGANISATION_KIND_LABEL: Record<OrganisationKind, string> = {
  vvt: 'Verpleging, verzorging en thuiszorg (VVT)',
  ggz: 'Geestelijke gezondheidszorg (GGZ)',
  ziekenhuis: 'Ziekenhuis',
  huisartsen: 'Huisartsen',
  welzijn: 'Welzijn',
  overig: 'Overig',
};

export const WORKSPACE_KIND_LABEL: Record<WorkspaceKind, string> = {
  eigen: 'Eigen omgeving',
  demo: 'Demo-omgeving',
};

export const BACKUP_KIND_LABEL: Record<BackupInfo['kind'], string> = {
  auto: 'Automatisch',
  manual: 'Handmatig',
  'pre-migrate': 'Vóór een database-update',
  'pre-import': 'Vóór een import',
  'pre-restore': 'Vóór terugzetten',
  'pre-rekey': 'Vóór versleutelen of sleutel vernieuwen',
};

export const TABLE_LABEL: Record<TableName, string> = {
  installation: 'Installatie',
  organisation: 'Organisaties',
  funder: 'Financiers',
  casemanager: 'Casemanagers',
  client: 'Cliënten',
  client_event: 'Gebeurtenissen op tijdlijnen',
  network_member: 'Netwerkleden',
  mantelzorg_load: 'Belastingscores van mantelzorgers',
  funding: 'Financieringen',
  gemeente_product: 'Producten in de catalogus',
  plan: 'Ondersteuningsplannen',
  plan_version: 'Planversies',
  domain_score: 'Scores op levensdomeinen',
  goal: 'Doelen',
  plan_action: 'Acties',
  plan_undo: 'Stappen om ongedaan te maken',
  setting: 'Instellingen',
  activity_type: 'Soorten activiteit',
  registration: 'Urenregistraties (alle versies)',
  week_close: 'Afgesloten weken',
  timer: 'Lopende timer',
  signing_key: 'Ondertekeningssleutel',
  encryption_key: 'Versleutelsleutel (BSN voor de kassier)',
  export_batch: 'Geëxporteerde bundels',
  trusted_signer: 'Vertrouwde installaties',
  import_batch: 'Ingelezen bundels',
  imported_registration: 'Ingelezen registraties',
  imported_event: 'Ingelezen gebeurtenissen',
  audit_log: 'Regels in het toegangslog',
  audit_anchor: 'Samenvattingen van verwijderde logregels',
};

export function tableLabel(name: string): string {
  return (TABLE_LABEL as Record<string, string>)[name] ?? name;
}

/** Names of the checks `system.verify` runs, in Dutch. */
export const VERIFY_CHECK_LABEL: Record<string, string> = {
  integrity_check: 'Integriteit van het databasebestand',
  quick_check: 'Snelle integriteitscontrole',
  foreign_key_check: 'Verwijzingen tussen gegevens',
  migrations: 'Databaseversie en migraties',
  installation: 'Inrichting van deze installatie',
};

// ---------- Dossier, network, funding and plan (issue 3) ----------

export const EVENT_KIND_LABEL: Record<ClientEventKind, string> = {
  verwijzing: 'Verwijzing',
  aanmelding: 'Aanmelding',
  wachtlijst: 'Op de wachtlijst',
  eerste_contact: 'Eerste zorgcontact',
  in_zorg: 'In zorg',
  opname_wlz: 'Opname (Wlz)',
  overlijden: 'Overlijden',
  uitschrijving: 'Uitschrijving',
};

export const EVENT_KIND_HINT: Record<ClientEventKind, string> = {
  verwijzing: 'Bijvoorbeeld door de huisarts of de geheugenpoli. Verandert de status niet.',
  aanmelding: 'De cliënt is aangemeld; de wachttijd (NZa) begint hier.',
  wachtlijst: 'De cliënt wacht op zorg.',
  eerste_contact: 'Het eerste contact met de casemanager: de cliënt is in zorg.',
  in_zorg: 'De cliënt is in zorg.',
  opname_wlz: 'Opname in een instelling onder de Wlz.',
  overlijden: 'De cliënt is overleden. Nazorg voor naasten blijft mogelijk.',
  uitschrijving: 'De zorg is afgesloten.',
};

export const EVENT_KINDS_IN_ORDER: readonly ClientEventKind[] = ['verwijzing', 'aanmelding', 'wachtlijst', 'eerste_contact', 'in_zorg', 'opname_wlz', 'overlijden', 'uitschrijving'];

export const NETWORK_KIND_LABEL: Record<NetworkKind, string> = {
  naaste: 'Naaste',
  vrijwilliger: 'Vrijwilliger',
  professional: 'Professional',
};

export const NETWORK_KIND_GROUP: Record<NetworkKind, string> = {
  naaste: 'Naasten en mantelzorgers',
  vrijwilliger: 'Vrijwilligers',
  professional: 'Professionals en organisaties',
};

export const NETWORK_KINDS_IN_ORDER: readonly NetworkKind[] = ['naaste', 'vrijwilliger', 'professional'];

/** 'casemanager dementie' → 'Casemanager dementie'. */
export function relationLabel(relation: string): string {
  return relation ? `${relation[0]!.toUpperCase()}${relation.slice(1)}` : relation;
}

export const VERTEGENWOORDIGING_LABEL: Record<(typeof VERTEGENWOORDIGING)[number], string> = {
  mentor: 'Mentor',
  curator: 'Curator',
  bewindvoerder: 'Bewindvoerder',
  gevolmachtigde: 'Gevolmachtigde',
};

/** Short names of the funding kinds. */
export const FUNDING_KIND_LABEL: Record<FundingKind, string> = {
  WMO: 'Wmo',
  ZVW: 'Zvw',
  WLZ: 'Wlz',
  EIGEN: 'Eigen middelen',
  INFORMEEL: 'Informele hulp',
  OVERIG: 'Overige financiering',
};

/**
 * Who pays, in plain language (domain.md §3: citizens often do not know which law
 * pays what). Used wherever an action or a funding entry is shown.
 */
export const FUNDING_KIND_PLAIN: Record<FundingKind, string> = {
  WMO: 'De gemeente betaalt (Wmo)',
  ZVW: 'De zorgverzekeraar betaalt (Zvw)',
  WLZ: 'Het zorgkantoor betaalt (Wlz, langdurige zorg)',
  EIGEN: 'De cliënt betaalt zelf',
  INFORMEEL: 'Onbetaald: naasten of vrijwilligers',
  OVERIG: 'Andere financiering',
};

export const FUNDING_KIND_HINT: Record<FundingKind, string> = {
  WMO: 'Ondersteuning thuis, zoals begeleiding, dagbesteding of hulp bij het huishouden.',
  ZVW: 'Wijkverpleging en casemanagement dementie.',
  WLZ: 'Langdurige zorg met een indicatie van het CIZ, thuis of in een instelling.',
  EIGEN: 'Wat de cliënt zelf regelt en betaalt.',
  INFORMEEL: 'Hulp van naasten, buren of vrijwilligers.',
  OVERIG: 'Bijvoorbeeld een fonds of de kerk.',
};

export const FUNDING_KINDS_IN_ORDER: readonly FundingKind[] = ['WMO', 'ZVW', 'WLZ', 'EIGEN', 'INFORMEEL', 'OVERIG'];

export const FUNDING_STATUS_LABEL: Record<FundingStatus, string> = {
  aangevraagd: 'Aangevraagd',
  toegekend: 'Toegekend',
  afgewezen: 'Afgewezen',
  beeindigd: 'Beëindigd',
};

export const ZVW_SOORT_LABEL: Record<(typeof ZVW_SOORTEN)[number], string> = {
  casemanagement_dementie: 'Casemanagement dementie',
  wijkverpleging: 'Wijkverpleging',
};

export const WLZ_LEVERINGSVORM_LABEL: Record<(typeof WLZ_LEVERINGSVORMEN)[number], string> = {
  intramuraal: 'Verblijf in een instelling',
  vpt: 'Volledig pakket thuis (VPT)',
  mpt: 'Modulair pakket thuis (MPT)',
  pgb: 'Persoonsgebonden budget (pgb)',
};

export const WLZ_ZORGPROFIEL_LABEL: Record<(typeof WLZ_ZORGPROFIELEN)[number], string> = {
  VV04: 'Beschut wonen met intensieve begeleiding en uitgebreide verzorging',
  VV05: 'Beschermd wonen met intensieve dementiezorg',
  VV06: 'Beschermd wonen met intensieve verzorging en verpleging',
  VV07: 'Beschermd wonen met zeer intensieve zorg, nadruk op begeleiding',
  VV08: 'Beschermd wonen met zeer intensieve zorg, nadruk op verzorging en verpleging',
  VV09: 'Herstelgerichte behandeling met verpleging en verzorging',
  VV10: 'Beschermd verblijf met intensieve palliatief-terminale zorg',
  'GGZ-W': 'Geestelijke gezondheidszorg, wonen',
  LG: 'Lichamelijke handicap',
  LVG: 'Licht verstandelijke handicap',
  VG: 'Verstandelijke handicap',
  ZGaud: 'Zintuiglijke handicap, auditief',
  ZGvis: 'Zintuiglijke handicap, visueel',
};

export { PLAN_STATUS_LABEL } from '../../../shared/domain/plan';

export const GOAL_STATUS_LABEL: Record<GoalStatus, string> = {
  nieuw: 'Nieuw',
  lopend: 'Loopt',
  behaald: 'Behaald',
  deels_behaald: 'Deels behaald',
  niet_behaald: 'Niet behaald',
  vervallen: 'Vervallen',
};

export const GOAL_STATUSES_IN_ORDER: readonly GoalStatus[] = ['nieuw', 'lopend', 'behaald', 'deels_behaald', 'niet_behaald', 'vervallen'];

export const CONSENT_METHOD_LABEL: Record<ConsentMethod, string> = {
  handtekening_scherm: 'Getekend op het scherm',
  papier: 'Getekend op papier',
  mondeling_getuige: 'Mondeling, met een getuige',
};

export const FREQUENCY_UNIT_LABEL: Record<ActionFrequencyUnit, string> = {
  dag: 'per dag',
  week: 'per week',
  maand: 'per maand',
  kwartaal: 'per kwartaal',
  eenmalig: 'eenmalig',
  zo_nodig: 'zo nodig',
};

export const FREQUENCY_UNITS_IN_ORDER: readonly ActionFrequencyUnit[] = ['dag', 'week', 'maand', 'kwartaal', 'eenmalig', 'zo_nodig'];

/** "2 keer per week", "eenmalig", "zo nodig"; null when nothing was said. */
export function frequencyText(count: number | null, unit: ActionFrequencyUnit | null): string | null {
  if (!unit) return count ? `${count} keer` : null;
  if (unit === 'eenmalig' || unit === 'zo_nodig') return FREQUENCY_UNIT_LABEL[unit];
  return `${count ?? 1} keer ${FREQUENCY_UNIT_LABEL[unit]}`;
}

export const PERFORMER_KIND_LABEL: Record<PerformerKind, string> = {
  client: 'De cliënt zelf',
  netwerk: 'Iemand uit het netwerk',
  organisatie: 'Een organisatie',
  casemanager: 'De casemanager',
};

export const WOONSITUATIE_LABEL: Record<(typeof WOONSITUATIES)[number], string> = {
  alleenstaand: 'Woont alleen',
  met_partner: 'Woont samen met partner',
  met_partner_kinderen: 'Woont met partner en/of kinderen',
  bij_familie: 'Woont bij familie',
  kleinschalig_wonen: 'Kleinschalig wonen',
  overig: 'Anders',
};

/** iWmo COD046 Geslacht. */
export const GESLACHT_LABEL: Record<(typeof GESLACHTEN)[number], string> = {
  '0': 'Onbekend',
  '1': 'Man',
  '2': 'Vrouw',
};

export const ID_DOCUMENT_LABEL: Record<IdDocumentType, string> = {
  paspoort: 'Paspoort',
  identiteitskaart: 'Identiteitskaart',
  rijbewijs: 'Rijbewijs',
  verblijfsdocument: 'Verblijfsdocument',
};

export const SCORED_BY_LABEL: Record<ScoredBy, string> = {
  client: 'De cliënt zelf',
  professional: 'De professional',
  samen: 'Samen',
};

// ---------- Time registration and the sync module (issue 4) ----------

type Basis = (typeof BASES)[number];

/** The attribution of time that no law pays, in plain words. */
export const BASIS_LABEL: Record<Basis, string> = {
  client: 'Cliëntgebonden',
  algemeen: 'Algemeen, niet-cliëntgebonden',
  nazorg: 'Nazorg na overlijden, niet-cliëntgebonden',
  niet_toerekenbaar: 'Niet toe te rekenen aan een financiering',
};

export const BASIS_SHORT: Record<Basis, string> = {
  client: 'Cliëntgebonden',
  algemeen: 'Algemeen',
  nazorg: 'Nazorg',
  niet_toerekenbaar: 'Niet toe te rekenen',
};

/** Who pays a registration, in plain words: the law when a funding entry pays it, else the basis. */
export function attributionText(r: { law: FundingKind | null; basis: Basis }): string {
  return r.law ? FUNDING_KIND_PLAIN[r.law] : BASIS_LABEL[r.basis];
}

export const REGISTRATION_STATE_LABEL: Record<(typeof REGISTRATION_STATES)[number], string> = {
  open: 'Open',
  week_gesloten: 'Week afgesloten',
  geexporteerd: 'Geëxporteerd',
};

export const NZA_KIND_LABEL: Record<(typeof NZA_KINDS)[number], string> = {
  direct: 'Direct (cliëntcontact)',
  verplaatst: 'Verplaatste directe tijd',
  indicatiestelling: 'Indicatiestelling',
  indirect: 'Indirect',
};

export const CLIENT_LINK_LABEL: Record<(typeof CLIENT_LINKS)[number], string> = {
  client: 'Altijd voor één cliënt',
  optional: 'Voor een cliënt of algemeen',
  none: 'Nooit cliëntgebonden',
  naaste: 'Met een naaste (nazorg)',
};

export const IMPORT_STATUS_LABEL: Record<ImportReport['status'], string> = {
  accepted: 'Ingelezen',
  duplicate: 'Dubbel: al eerder ingelezen',
  refused: 'Geweigerd',
};

/** Refusal codes of an import (docs/formats.md §1), as a kassier reads them. */
export const REFUSAL_LABEL: Record<string, string> = {
  MALFORMED: 'Geen geldig bestand',
  FUTURE_FORMAT: 'Gemaakt door een nieuwere versie van Schotvrij',
  UNKNOWN_SIGNER: 'Afzender niet vertrouwd',
  REVOKED_SIGNER: 'Afzender ingetrokken',
  BAD_SIGNATURE: 'Handtekening klopt niet',
  HASH_MISMATCH: 'Inhoud klopt niet met de inhoudsopgave',
  TRUNCATED: 'Bestand onvolledig',
  CONFLICT: 'Ander bestand met hetzelfde nummer',
  BAD_ROW: 'Ongeldige regel',
  BAD_ELFPROEF: 'BSN voldoet niet aan de elfproef',
  PERIOD_MISMATCH: 'Datum buiten de periode',
};

export const KASSIER_GROUP_LABEL: Record<(typeof KASSIER_GROUPS)[number], string> = {
  organisation: 'Organisatie',
  casemanager: 'Casemanager',
  law: 'Wet',
  funder: 'Financier',
  month: 'Maand',
  basis: 'Grondslag',
  client: 'Cliënt',
};

// ---------- Security and the access log (issue 7) ----------

type LockReason = NonNullable<EigenSecurity['lockReason']>;
export type AuditEvent = AuditEntry['event'];

/** Why the real workspace was locked, as a sentence on the lock screen. */
export function lockReasonText(reason: LockReason | null, minutes: number): string {
  switch (reason) {
    case 'idle':
      return `Schotvrij is vergrendeld na ${minutes === 1 ? '1 minuut' : `${minutes} minuten`} zonder activiteit.`;
    case 'sleep':
      return 'Schotvrij is vergrendeld omdat de computer in slaap ging.';
    case 'manual':
      return 'U heeft Schotvrij vergrendeld.';
    case 'startup':
      return 'Schotvrij is net gestart. Vul uw wachtwoord in om uw eigen omgeving te openen.';
    default:
      return 'Vul uw wachtwoord in om uw eigen omgeving te openen.';
  }
}

/** NEN 7513 event kinds, as the fallback for an action we have no words for. */
export const AUDIT_EVENT_LABEL: Record<AuditEvent, string> = {
  read: 'Gegevens ingezien',
  search: 'Gezocht',
  create: 'Gegevens toegevoegd',
  update: 'Gegevens gewijzigd',
  delete: 'Gegevens verwijderd',
  export: 'Gegevens geëxporteerd',
  import: 'Gegevens ingelezen',
  print: 'Afgedrukt',
  audit: 'Toegangslog ingezien',
  unlock: 'Ontgrendeld',
  lock: 'Vergrendeld',
  restore: 'Reservekopie teruggezet',
  key: 'Sleutel of wachtwoord beheerd',
};

export const AUDIT_EVENTS_IN_ORDER: readonly AuditEvent[] = ['read', 'search', 'create', 'update', 'delete', 'export', 'import', 'print', 'audit', 'unlock', 'lock', 'restore', 'key'];

/** The precise action (a contract method) in plain Dutch: what someone did with the dossier. */
const AUDIT_ACTION_LABEL: Partial<Record<MethodName, string>> = {
  'clients.get': 'Dossier ingezien',
  'clients.dossier': 'Dossier ingezien',
  'clients.header': 'Dossier ingezien',
  'clients.events': 'Tijdlijn ingezien',
  'clients.list': 'Gezocht in de cliëntenlijst',
  'clients.findDuplicates': 'Gezocht naar een dubbele inschrijving',
  'clients.create': 'Cliënt ingeschreven',
  'clients.update': 'Persoonsgegevens gewijzigd',
  'clients.verifyBsn': 'BSN-controle vastgelegd',
  'clients.addEvent': 'Gebeurtenis op de tijdlijn gezet',
  'clients.updateEvent': 'Gebeurtenis op de tijdlijn gewijzigd',
  'clients.removeEvent': 'Gebeurtenis van de tijdlijn verwijderd',
  'network.list': 'Netwerk ingezien',
  'network.add': 'Netwerklid toegevoegd',
  'network.update': 'Netwerklid gewijzigd',
  'network.remove': 'Netwerklid verwijderd',
  'network.scoreLoad': 'Belasting van een mantelzorger gescoord',
  'funding.list': 'Financiering ingezien',
  'funding.add': 'Financiering toegevoegd',
  'funding.update': 'Financiering gewijzigd',
  'funding.remove': 'Financiering verwijderd',
  'plans.get': 'Plan ingezien',
  'plans.version': 'Plan ingezien',
  'plans.create': 'Plan aangemaakt',
  'plans.newVersion': 'Nieuwe planversie gemaakt',
  'plans.updateVersion': 'Plan bewerkt',
  'plans.setScores': 'Scores vastgelegd',
  'plans.addGoal': 'Doel toegevoegd',
  'plans.updateGoal': 'Doel gewijzigd',
  'plans.removeGoal': 'Doel verwijderd',
  'plans.addAction': 'Actie toegevoegd',
  'plans.updateAction': 'Actie gewijzigd',
  'plans.removeAction': 'Actie verwijderd',
  'plans.undo': 'Wijziging in het plan ongedaan gemaakt',
  'plans.establish': 'Plan vastgesteld',
  'plans.evaluate': 'Plan geëvalueerd',
  'plans.exportFhir': 'Plan geëxporteerd (FHIR)',
  'plans.dueEvaluations': 'Evaluaties ingezien',
  'registrations.create': 'Uren geregistreerd',
  'registrations.repeatLast': 'Uren geregistreerd',
  'registrations.update': 'Urenregistratie gewijzigd',
  'registrations.remove': 'Urenregistratie verwijderd',
  'registrations.list': 'Urenregistraties ingezien',
  'registrations.history': 'Geschiedenis van een urenregistratie ingezien',
  'registrations.propose': 'Financiering voor uren opgezocht',
  'registrations.totals': 'Urentotalen ingezien',
  'timer.start': 'Timer gestart',
  'timer.stop': 'Uren geregistreerd met de timer',
  'export.preview': 'Export van uren voorbereid',
  'export.registrations': 'Uren geëxporteerd voor de kassier',
  'export.download': 'Export van uren opnieuw gedownload',
  'import.bundle': 'Bundel ingelezen',
  'import.bundleFile': 'Bundel ingelezen',
  'import.bundleFiles': 'Bundels ingelezen',
  'import.csv': 'Bestand ingelezen',
  'kassier.totals': 'Totalen ingezien',
  'audit.list': 'Toegangslog ingezien',
  'audit.verify': 'Toegangslog gecontroleerd',
  'workspace.open': 'Eigen omgeving geopend',
  'workspace.unlock': 'Ontgrendeld met het wachtwoord',
  'workspace.recover': 'Ontgrendeld met de herstelsleutel',
  'workspace.lock': 'Vergrendeld',
  'workspace.changePassword': 'Wachtwoord gewijzigd',
  'workspace.rekey': 'Sleutel vernieuwd',
  'workspace.encrypt': 'Database versleuteld',
  'workspace.restore': 'Reservekopie teruggezet',
  'system.backup': 'Reservekopie gemaakt',
  'settings.update': 'Instellingen gewijzigd',
  'trust.add': 'Installatie vertrouwd',
  'trust.revoke': 'Vertrouwen ingetrokken',
};

/** One access-log line in plain Dutch: the action when we know it, else the kind of event. */
export function auditActionLabel(entry: { event: AuditEvent; action: string }): string {
  return (AUDIT_ACTION_LABEL as Record<string, string>)[entry.action] ?? AUDIT_EVENT_LABEL[entry.event] ?? entry.action;
}

/** The tables a restore brings back that people recognise, in this order; the rest are summarised. */
export const BACKUP_COUNT_LABEL: readonly { table: TableName; one: string; many: string }[] = [
  { table: 'client', one: 'cliënt', many: 'cliënten' },
  { table: 'registration', one: 'urenregistratie', many: 'urenregistraties' },
  { table: 'plan', one: 'ondersteuningsplan', many: 'ondersteuningsplannen' },
  { table: 'network_member', one: 'netwerklid', many: 'netwerkleden' },
  { table: 'funding', one: 'financiering', many: 'financieringen' },
  { table: 'imported_registration', one: 'ingelezen registratie', many: 'ingelezen registraties' },
];
