import { NavLink } from 'react-router';

/** The parts of Beheer. */
export function BeheerNav() {
  const link = ({ isActive }: { isActive: boolean }) => `subnav-link${isActive ? ' subnav-link--active' : ''}`;
  return (
    <nav aria-label="Onderdelen van Beheer" className="subnav">
      <ul>
        <li>
          <NavLink to="/beheer" end className={link}>
            Installatie en database
          </NavLink>
        </li>
        <li>
          <NavLink to="/beheer/productcatalogus" className={link}>
            Productcatalogus
          </NavLink>
        </li>
        <li>
          <NavLink to="/beheer/instellingen" className={link}>
            Instellingen
          </NavLink>
        </li>
      </ul>
    </nav>
  );
}
