import type { ReactNode } from 'react';

/**
 * A horizontally scrolling wrapper for a wide table. It is in the Tab order (with
 * a name), so keyboard users can scroll it with the arrow keys (WCAG 2.1.1).
 */
export function ScrollArea({ label, className, children }: { label: string; className?: string; children: ReactNode }) {
  return (
    <div className={`table-scroll${className ? ` ${className}` : ''}`} tabIndex={0} role="group" aria-label={label}>
      {children}
    </div>
  );
}
