import { SubNav } from '../../ui/SubNav';

/** The parts of Kassier, in the order of the work: read in, check, settle, and whom to trust. */
export function KassierNav() {
  return (
    <SubNav
      label="Onderdelen van Kassier"
      links={[
        { to: '/kassier', end: true, label: 'Importeren' },
        { to: '/kassier/bundels', label: 'Ingelezen bundels' },
        { to: '/kassier/totalen', label: 'Totalen' },
        { to: '/kassier/vertrouwd', label: 'Vertrouwde installaties' },
      ]}
    />
  );
}
