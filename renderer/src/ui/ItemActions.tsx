import type { ReactNode } from 'react';

/**
 * "Wijzigen" and "Verwijderen" under one item of a list (a goal, an action, a
 * network member, a funding entry). The visible words are short; the aria-labels
 * name the item. Other buttons for the item (`children`) come first.
 */
export function ItemActions({ editLabel, removeLabel, onEdit, onRemove, children }: { editLabel: string; removeLabel: string; onEdit: () => void; onRemove: () => void; children?: ReactNode }) {
  return (
    <div className="member-actions">
      {children}
      <button type="button" className="button button--small" onClick={onEdit} aria-label={editLabel}>
        Wijzigen
      </button>
      <button type="button" className="button button--small button--quiet-danger" onClick={onRemove} aria-label={removeLabel}>
        Verwijderen
      </button>
    </div>
  );
}
