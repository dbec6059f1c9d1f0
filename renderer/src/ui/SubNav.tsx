import { NavLink } from 'react-router';

export interface SubNavLink {
  to: string;
  label: string;
  /** Only active on exactly this path (the module's first screen). */
  end?: boolean;
}

const linkClass = ({ isActive }: { isActive: boolean }) => `subnav-link${isActive ? ' subnav-link--active' : ''}`;

/** The row of links under a module's heading (Uren, Kassier, Beheer): one nav landmark with its own name. */
export function SubNav({ label, links }: { label: string; links: readonly SubNavLink[] }) {
  return (
    <nav aria-label={label} className="subnav">
      <ul>
        {links.map((l) => (
          <li key={l.to}>
            <NavLink to={l.to} end={l.end} className={linkClass}>
              {l.label}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
