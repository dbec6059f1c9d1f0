/**
 * Domain value sets, shared by the database schema, the contract and the UI.
 * Kept free of drizzle so the renderer bundle does not carry table definitions.
 */
export const ROLES = ['arrangeur', 'ketenregisseur', 'kassier'] as const;
export type Role = (typeof ROLES)[number];

export const LAWS = ['WMO', 'ZVW', 'WLZ'] as const;
export type Law = (typeof LAWS)[number];

export const CLIENT_STATUSES = ['aangemeld', 'wachtend', 'in_zorg', 'opgenomen', 'overleden', 'uitgeschreven'] as const;
export type ClientStatus = (typeof CLIENT_STATUSES)[number];

export const ORGANISATION_KINDS = ['vvt', 'ggz', 'ziekenhuis', 'huisartsen', 'welzijn', 'overig'] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];

/** Dated events on a client's timeline; the client's status is derived from them. */
export const CLIENT_EVENT_KINDS = ['verwijzing', 'aanmelding', 'wachtlijst', 'eerste_contact', 'in_zorg', 'opname_wlz', 'overlijden', 'uitschrijving'] as const;
export type ClientEventKind = (typeof CLIENT_EVENT_KINDS)[number];

/** Funding entries per law, plus the non-statutory kinds the plan can point to. */
export const FUNDING_KINDS = ['WMO', 'ZVW', 'WLZ', 'EIGEN', 'INFORMEEL', 'OVERIG'] as const;
export type FundingKind = (typeof FUNDING_KINDS)[number];

export const FUNDING_STATUSES = ['aangevraagd', 'toegekend', 'afgewezen', 'beeindigd'] as const;
export type FundingStatus = (typeof FUNDING_STATUSES)[number];

export const ZVW_SOORTEN = ['casemanagement_dementie', 'wijkverpleging'] as const;

export const NETWORK_KINDS = ['naaste', 'vrijwilliger', 'professional'] as const;
export type NetworkKind = (typeof NETWORK_KINDS)[number];

export const PLAN_STATUSES = ['concept', 'vastgesteld', 'geevalueerd', 'vervangen'] as const;
export type PlanStatus = (typeof PLAN_STATUSES)[number];

export const GOAL_STATUSES = ['nieuw', 'lopend', 'behaald', 'deels_behaald', 'niet_behaald', 'vervallen'] as const;
export type GoalStatus = (typeof GOAL_STATUSES)[number];

/** How the client (or their representative) agreed to a plan version. */
export const CONSENT_METHODS = ['handtekening_scherm', 'papier', 'mondeling_getuige'] as const;
export type ConsentMethod = (typeof CONSENT_METHODS)[number];

export const ACTION_FREQUENCY_UNITS = ['dag', 'week', 'maand', 'kwartaal', 'eenmalig', 'zo_nodig'] as const;
export type ActionFrequencyUnit = (typeof ACTION_FREQUENCY_UNITS)[number];

export const PERFORMER_KINDS = ['client', 'netwerk', 'organisatie', 'casemanager'] as const;
export type PerformerKind = (typeof PERFORMER_KINDS)[number];

export const WOONSITUATIES = ['alleenstaand', 'met_partner', 'met_partner_kinderen', 'bij_familie', 'kleinschalig_wonen', 'overig'] as const;
export const GESLACHTEN = ['0', '1', '2'] as const;
