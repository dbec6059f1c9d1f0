/**
 * "Van … tot en met …" over the access log: two date fields (dd-mm-jjjj, as every
 * date field here), applied with "Toon", cleared with "Hele periode".
 */
import { useState, type ReactNode } from 'react';
import { DATE_HINT, dateNl, fromDateInput, toDateInput } from '../../ui/dates';
import { Field } from '../../ui/form';

export interface Period {
  from?: string;
  to?: string;
}

/** "van 1 maart 2026 tot en met 31 maart 2026", "vanaf …", "tot en met …", or "". */
export function periodText(p: Period): string {
  if (p.from && p.to) return `van ${dateNl(p.from)} tot en met ${dateNl(p.to)}`;
  if (p.from) return `vanaf ${dateNl(p.from)}`;
  if (p.to) return `tot en met ${dateNl(p.to)}`;
  return '';
}

export function PeriodFilter({ idPrefix, value, onChange, children }: { idPrefix: string; value: Period; onChange: (p: Period) => void; children?: ReactNode }) {
  const [from, setFrom] = useState(toDateInput(value.from));
  const [to, setTo] = useState(toDateInput(value.to));
  const [errors, setErrors] = useState<{ from?: string; to?: string }>({});
  const fromId = `${idPrefix}-van`;
  const toId = `${idPrefix}-tot`;

  const apply = () => {
    const f = fromDateInput(from);
    const t = fromDateInput(to);
    const next: { from?: string; to?: string } = {};
    if (!f.ok) next.from = f.message;
    if (!t.ok) next.to = t.message;
    if (f.ok && t.ok && f.iso && t.iso && f.iso > t.iso) next.to = 'De einddatum ligt vóór de begindatum.';
    setErrors(next);
    if (next.from || next.to) {
      document.getElementById(next.from ? fromId : toId)?.focus();
      return;
    }
    onChange({ ...(f.ok && f.iso ? { from: f.iso } : {}), ...(t.ok && t.iso ? { to: t.iso } : {}) });
  };

  return (
    <form
      className="period-filter"
      noValidate
      aria-label="Periode"
      onSubmit={(e) => {
        e.preventDefault();
        apply();
      }}
    >
      <Field id={fromId} label="Van" hint={DATE_HINT} error={errors.from} className="field--s">
        {(a) => <input {...a} className="input" type="text" inputMode="numeric" autoComplete="off" value={from} onChange={(e) => setFrom(e.target.value)} />}
      </Field>
      <Field id={toId} label="Tot en met" hint={DATE_HINT} error={errors.to} className="field--s">
        {(a) => <input {...a} className="input" type="text" inputMode="numeric" autoComplete="off" value={to} onChange={(e) => setTo(e.target.value)} />}
      </Field>
      <div className="period-filter-actions">
        <button type="submit" className="button">
          Toon
        </button>
        {value.from || value.to ? (
          <button
            type="button"
            className="button button--quiet"
            onClick={() => {
              setFrom('');
              setTo('');
              setErrors({});
              onChange({});
            }}
          >
            Hele periode
          </button>
        ) : null}
        {children}
      </div>
    </form>
  );
}
