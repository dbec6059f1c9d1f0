/**
 * ARIA tabs (automatic activation): ←/→ move between tabs and show the panel,
 * Home/End jump to the first/last. Only the active tab is in the Tab order; Tab
 * from it goes into the panel.
 */
import { useRef, type KeyboardEvent, type ReactNode } from 'react';

export interface TabDef<T extends string> {
  id: T;
  label: ReactNode;
}

interface TabsProps<T extends string> {
  label: string;
  idPrefix: string;
  tabs: readonly TabDef<T>[];
  active: T;
  onChange: (id: T) => void;
  children: ReactNode;
}

export const tabId = (prefix: string, id: string) => `${prefix}-tab-${id}`;
export const panelId = (prefix: string, id: string) => `${prefix}-paneel-${id}`;

export function Tabs<T extends string>({ label, idPrefix, tabs, active, onChange, children }: TabsProps<T>) {
  const list = useRef<HTMLDivElement>(null);

  const select = (index: number) => {
    const t = tabs[(index + tabs.length) % tabs.length];
    if (!t) return;
    onChange(t.id);
    list.current?.querySelector<HTMLElement>(`#${CSS.escape(tabId(idPrefix, t.id))}`)?.focus();
  };

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const i = tabs.findIndex((t) => t.id === active);
    if (e.key === 'ArrowRight') select(i + 1);
    else if (e.key === 'ArrowLeft') select(i - 1);
    else if (e.key === 'Home') select(0);
    else if (e.key === 'End') select(tabs.length - 1);
    else return;
    e.preventDefault();
  };

  return (
    <div className="tabs">
      <div role="tablist" aria-label={label} className="tablist" ref={list} onKeyDown={onKeyDown}>
        {tabs.map((t) => (
          <button
            key={t.id}
            type="button"
            role="tab"
            id={tabId(idPrefix, t.id)}
            aria-selected={t.id === active}
            aria-controls={panelId(idPrefix, t.id)}
            tabIndex={t.id === active ? 0 : -1}
            className={`tab${t.id === active ? ' tab--active' : ''}`}
            onClick={() => onChange(t.id)}
          >
            {t.label}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={panelId(idPrefix, active)} aria-labelledby={tabId(idPrefix, active)} className="tabpanel">
        {children}
      </div>
    </div>
  );
}
