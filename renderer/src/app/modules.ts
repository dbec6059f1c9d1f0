/**
 * The main menu per role.
 *
 * Decision: each role sees only the parts of Schotvrij it works in (plus
 * Cliënten and Beheer), in the order of its daily work. An installation has one
 * role for good (domain.md §2.2), so modules of other roles would be permanent
 * clutter, and least privilege (NEN 7510, domain.md §11.2) argues against even
 * showing them. Someone exploring can open the demo in another role.
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
  uren: { id: 'uren', path: '/uren', label: 'Uren', later: true },
  kassier: { id: 'kassier', path: '/kassier', label: 'Kassier', later: true },
  ketenregie: { id: 'ketenregie', path: '/ketenregie', label: 'Ketenregie', later: true },
  beheer: { id: 'beheer', path: '/beheer', label: 'Beheer', later: false },
};

const BY_ROLE: Record<Role, readonly ModuleId[]> = {
  arrangeur: ['clienten', 'plan', 'uren', 'beheer'],
  ketenregisseur: ['ketenregie', 'clienten', 'beheer'],
  kassier: ['kassier', 'clienten', 'uren', 'beheer'],
};

export function modulesFor(role: Role): ModuleDef[] {
  return BY_ROLE[role].map((id) => MODULES[id]);
}

/** What each placeholder promises, per role where the work differs. */
export const COMING: Record<Exclude<ModuleId, 'clienten' | 'beheer' | 'plan'>, { title: string; text: (role: Role) => string[] }> = {
  uren: {
    title: 'Uren',
    text: (role) =>
      role === 'kassier'
        ? ['Hier ziet u straks de geïmporteerde registraties van de casemanagers, per organisatie en per financier, met een aansluitingsverslag per import.']
        : [
            'Snel tijd registreren in minuten, per cliënt en per activiteit, ook voor werk dat niet aan één cliënt gebonden is (overleg, mantelzorgondersteuning).',
            'Registraties exporteert u naar de kassier van het netwerk.',
          ],
  },
  kassier: {
    title: 'Kassier',
    text: () => [
      'Registraties van de casemanagers importeren, het jaarbudget per financier bewaken tegen de plafonds en afrekenen met de leden van het netwerk.',
      'Daarna maakt u hier de declaratiebestanden per financier (zoals iWmo WMO323).',
    ],
  },
  ketenregie: {
    title: 'Ketenregie',
    text: () => [
      'De caseload van alle casemanagers over de organisaties heen, de wachtlijst en doorlooptijden van verwijzing tot in zorg.',
      'Rapportages zonder BSN voor het regionale overleg en de NZa-kwartaalrapportage casemanagement dementie.',
    ],
  },
};
