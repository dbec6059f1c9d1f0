import { SubNav, type SubNavLink } from '../../ui/SubNav';
import { useWorkspaceStore } from '../workspace/workspace-store';

/** The parts of Beheer. Activiteiten belong to the roles that register time. */
export function BeheerNav() {
  const role = useWorkspaceStore((s) => s.status?.active?.installation.role);
  const links: SubNavLink[] = [
    { to: '/beheer', end: true, label: 'Installatie en database' },
    { to: '/beheer/reservekopieen', label: 'Reservekopieën' },
    { to: '/beheer/beveiliging', label: 'Beveiliging' },
    { to: '/beheer/toegangslog', label: 'Toegangslog' },
    { to: '/beheer/identiteit', label: 'Identiteit' },
    { to: '/beheer/productcatalogus', label: 'Productcatalogus' },
    { to: '/beheer/instellingen', label: 'Instellingen' },
  ];
  if (role === 'arrangeur') links.push({ to: '/beheer/activiteiten', label: 'Activiteiten' });
  return <SubNav label="Onderdelen van Beheer" links={links} />;
}
