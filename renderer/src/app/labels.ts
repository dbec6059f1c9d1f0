/** Dutch labels for the codes the contract uses. Records keep them exhaustive at compile time. */
import type { BsnVerification } from '../../../shared/domain/bsn';
import type { BackupInfo, WorkspaceKind } from '../../../shared/contract/index';
import type { ClientStatus, OrganisationKind, Role, TableName } from '../../../shared/schema/index';

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
};

export const TABLE_LABEL: Record<TableName, string> = {
  installation: 'Installatie',
  organisation: 'Organisaties',
  funder: 'Financiers',
  casemanager: 'Casemanagers',
  client: 'Cliënten',
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
