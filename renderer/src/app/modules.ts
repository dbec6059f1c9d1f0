/**
 * The main menu per role.
 *
 * Decision: each role sees only the parts of Schotvrij it works in (plus
 * Cliënten and Beheer), in the order of its daily work. An installation has one
 * role for good (domain.md §2.2), so modules of other roles would be permanent
 * clutter, and least privilege (NEN 7510, domain.md §11.2) argues against even
 * showing them. Someone exploring can open the demo in another role.
 *
 * Uren is the casemanager's own time. The kassier registers none: the hours it
 * handles are the imported ones, under Kassier (Importeren, Ingelezen bundels,
 * Totalen), so the kassier gets no Uren.
 */
import type { Role } from '../../../shared/schema/index';

export type ModuleId = 'clienten' | 'plan' | 'uren' | 'kassier' | 'ketenregie' | 'beheer';

export interface ModuleDef {
  id: ModuleId;
  path: string;
  label: string;
  /** Not built yet: the page says what arrives. */
  later: boolean;
}

const MODULES: Record<ModuleId, ModuleDef> = {
  clienten: { id: 'clienten', path: '/clienten', label: 'Cliënten', later: false },
  plan: { id: 'plan', path: '/plan', label: 'Plannen', later: false },
  uren: { id: 'uren', path: '/uren', label: 'Uren', later: false },
  kassier: { id: 'kassier', path: '/kassier', label: 'Kassier', later: false },
  ketenregie: { id: 'ketenregie', path: '/ketenregie', label: 'Ketenregie', later: true },
  beheer: { id: 'beheer', path: '/beheer', label: 'Beheer', later: false },
};

const BY_ROLE: Record<Role, readonly ModuleId[]> = {
  arrangeur: ['clienten', 'plan', 'uren', 'beheer'],
  ketenregisseur: ['ketenregie', 'clienten', 'beheer'],
  kassier: ['kassier', 'clienten', 'beheer'],
};

export function modulesFor(role: Role): ModuleDef[] {
  return BY_ROLE[role].map((id) => MODULES[id]);
}

/** The module has a screen (and a main-menu entry) for this role. */
export function hasModule(role: Role, id: ModuleId): boolean {
  return BY_ROLE[role].includes(id);
}

/** What each placeholder promises, per role where the work differs. */
export const COMING: Record<Exclude<ModuleId, 'clienten' | 'beheer' | 'plan' | 'uren' | 'kassier'>, { title: string; text: (role: Role) => string[] }> = {
  ketenregie: {
    title: 'Ketenregie',
    text: () => [
      'De caseload van alle casemanagers over de organisaties heen, de wachtlijst en doorlooptijden van verwijzing tot in zorg.',
      'Rapportages zonder BSN voor het regionale overleg en de NZa-kwartaalrapportage casemanagement dementie.',
    ],
  },
};
