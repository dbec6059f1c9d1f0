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
