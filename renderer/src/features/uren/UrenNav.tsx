import { SubNav } from '../../ui/SubNav';

/** The parts of Uren. */
export function UrenNav() {
  return (
    <SubNav
      label="Onderdelen van Uren"
      links={[
        { to: '/uren', end: true, label: 'Week' },
        { to: '/uren/exporteren', label: 'Exporteren' },
      ]}
    />
  );
}
