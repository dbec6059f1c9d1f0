import type { ReactNode } from 'react';

/** One row of a <dl className="facts">: the term and what it says. */
export function Fact({ label, children }: { label: ReactNode; children: ReactNode }) {
  return (
    <div>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}
