/**
 * Choosing a client by typing (ARIA 1.2 combobox with a list popup): type part of
 * the name, BSN or geboortedatum, ↓/↑ to move, Enter or Tab to take the active
 * match, Escape to close. Enter right after typing takes the first match as soon as
 * it arrives, so "Kui⏎" is enough. With the list closed, Enter submits the form.
 */
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import type { ClientRow } from '../../../../shared/contract/index';
import { formatDateShortNl } from '../../../../shared/domain/dates';
import { displayName, listName } from '../../../../shared/domain/names';
import type { FieldA11y } from '../../ui/form';
import { searchClients } from './client-data';

export interface PickedClient {
  id: string;
  name: string;
}

interface ClientPickerProps {
  a11y: FieldA11y;
  /** What the input shows. */
  text: string;
  onTextChange: (text: string) => void;
  onPick: (client: PickedClient) => void;
  placeholder?: string;
}

const DEBOUNCE_MS = 120;

export function ClientPicker({ a11y, text, onTextChange, onPick, placeholder = 'Typ een deel van de naam' }: ClientPickerProps) {
  const listId = useId();
  const [results, setResults] = useState<ClientRow[]>([]);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [status, setStatus] = useState('');
  const seq = useRef(0);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  // Enter was pressed before the matches arrived: take the first one when they do.
  const takeFirst = useRef(false);
  const pending = useRef(false);

  useEffect(() => () => clearTimeout(timer.current), []);

  const pick = (c: ClientRow) => {
    takeFirst.current = false;
    setOpen(false);
    setActive(-1);
    setStatus(`${displayName(c)} gekozen.`);
    onPick({ id: c.id, name: displayName(c) });
  };

  const search = (value: string) => {
    clearTimeout(timer.current);
    const q = value.trim();
    if (q === '') {
      pending.current = false;
      setResults([]);
      setOpen(false);
      return;
    }
    pending.current = true;
    const mine = ++seq.current;
    timer.current = setTimeout(() => {
      searchClients(q).then(
        (page) => {
          if (mine !== seq.current) return;
          pending.current = false;
          setResults(page.rows);
          setActive(-1);
          if (takeFirst.current && page.rows[0]) {
            pick(page.rows[0]);
            return;
          }
          takeFirst.current = false;
          setOpen(true);
          setStatus(page.rows.length === 0 ? 'Geen cliënt gevonden.' : `${page.total} ${page.total === 1 ? 'cliënt' : 'cliënten'} gevonden. Kies met pijl omlaag en Enter.`);
        },
        () => {
          if (mine !== seq.current) return;
          pending.current = false;
          takeFirst.current = false;
          setStatus('Zoeken lukte niet. Probeer het opnieuw.');
        },
      );
    }, DEBOUNCE_MS);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.altKey || e.ctrlKey || e.metaKey) return;
    switch (e.key) {
      case 'ArrowDown':
        e.preventDefault();
        if (!open) {
          if (results.length) setOpen(true);
          else search(text);
          return;
        }
        setActive((a) => (results.length ? (a + 1) % results.length : -1));
        return;
      case 'ArrowUp':
        e.preventDefault();
        if (open) setActive((a) => (results.length ? (a <= 0 ? results.length - 1 : a - 1) : -1));
        return;
      case 'Enter': {
        if (pending.current) {
          e.preventDefault();
          takeFirst.current = true;
          return;
        }
        if (!open) return;
        e.preventDefault();
        const chosen = results[active >= 0 ? active : 0];
        if (chosen) pick(chosen);
        return;
      }
      case 'Tab':
        if (open && active >= 0 && results[active]) pick(results[active]);
        return;
      case 'Escape':
        if (open) {
          // Close the list, not the dialog around it.
          e.preventDefault();
          e.stopPropagation();
          setOpen(false);
        }
        return;
      default:
    }
  };

  const expanded = open && results.length > 0;
  return (
    <div className="combobox">
      <input
        {...a11y}
        className="input"
        type="text"
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-activedescendant={expanded && active >= 0 ? `${listId}-${active}` : undefined}
        autoComplete="off"
        spellCheck={false}
        placeholder={placeholder}
        value={text}
        onChange={(e) => {
          onTextChange(e.target.value);
          search(e.target.value);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => setOpen(false)}
      />
      <ul id={listId} role="listbox" aria-label="Gevonden cliënten" className="combobox-list" hidden={!expanded}>
        {expanded
          ? results.map((c, i) => (
              <li
                key={c.id}
                id={`${listId}-${i}`}
                role="option"
                aria-selected={i === active}
                className={`combobox-option${i === active ? ' combobox-option--active' : ''}`}
                // Keep focus in the input: the click picks, the input does not blur first.
                onMouseDown={(e) => e.preventDefault()}
                onClick={() => pick(c)}
              >
                <span className="cell-strong">{listName(c)}</span> <span className="muted">· {formatDateShortNl(c.geboortedatum)}</span>
              </li>
            ))
          : null}
      </ul>
      <span className="visually-hidden" role="status" aria-live="polite">
        {status}
      </span>
    </div>
  );
}
