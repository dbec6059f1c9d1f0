/**
 * The recovery key, shown ONCE: after setting up the real workspace, after
 * "Sleutel vernieuwen" and after encrypting an older workspace. Full screen (the
 * workspace gate shows it before the shell), in large monospace groups, with
 * "Afdrukken" (a print sheet with only the key, see `.recovery-print` in
 * styles.css) and "Kopiëren". The user must confirm they stored it; then the key
 * leaves the store and cannot be shown again.
 */
import { useEffect, useId, useState } from 'react';
import { createPortal } from 'react-dom';
import { announce } from '../../app/announcer';
import { focusSoon } from '../../app/focus-on-navigate';
import { FieldError } from '../../ui/form';
import { formatDateTime } from '../../ui/format';
import { Page } from '../../ui/Page';
import { useWorkspaceStore, type PendingRecoveryKey } from './workspace-store';

/** 'ABCD-EFGH-…' or 'ABCDEFGH…' → ['ABCD', 'EFGH', …]: groups of four, as printed. */
export function recoveryKeyGroups(key: string): string[] {
  const parts = key.trim().split(/[\s-]+/).filter(Boolean);
  if (parts.length > 1) return parts;
  const one = parts[0] ?? '';
  const groups: string[] = [];
  for (let i = 0; i < one.length; i += 4) groups.push(one.slice(i, i + 4));
  return groups;
}

export function RecoveryKeyText({ value, id }: { value: string; id?: string }) {
  const groups = recoveryKeyGroups(value);
  return (
    <p className="recovery-key" id={id} data-testid="herstelsleutel" translate="no">
      {groups.map((g, i) => (
        <span key={i} className="recovery-key-group">
          {g}
          {i < groups.length - 1 ? ' ' : ''}
        </span>
      ))}
    </p>
  );
}

const TEXT: Record<PendingRecoveryKey['occasion'], { heading: string; intro: string; done: string; announceDone: string }> = {
  setup: {
    heading: 'Uw herstelsleutel',
    intro:
      'Uw omgeving is ingericht en de database is versleuteld. Vergeet u ooit uw wachtwoord, dan komt u alleen met deze herstelsleutel weer bij uw gegevens. Niemand anders kan dat — ook de makers van Schotvrij niet.',
    done: 'Verder naar Schotvrij',
    announceDone: 'Uw omgeving is klaar voor gebruik.',
  },
  rekey: {
    heading: 'Uw nieuwe herstelsleutel',
    intro: 'De sleutel van de database is vernieuwd. Uw oude herstelsleutel werkt vanaf nu niet meer: vernietig het oude vel en bewaar deze nieuwe sleutel.',
    done: 'Klaar',
    announceDone: 'De sleutel is vernieuwd. Bewaar de nieuwe herstelsleutel goed.',
  },
  encrypt: {
    heading: 'Uw herstelsleutel',
    intro: 'De database van uw eigen omgeving is nu versleuteld. Vergeet u ooit uw wachtwoord, dan komt u alleen met deze herstelsleutel weer bij uw gegevens.',
    done: 'Klaar',
    announceDone: 'De database is versleuteld.',
  },
};

/** The paper version: only this sheet is printed while the key is on screen (no menu, no header). */
function PrintSheet({ value, heading, organisation }: { value: string; heading: string; organisation: string | null }) {
  const [shownAt] = useState(() => Date.now());
  return createPortal(
    <div className="recovery-print" aria-hidden="true">
      <p className="recovery-print-kicker">Schotvrij · herstelsleutel</p>
      <h1>{heading}</h1>
      {organisation ? <p>Eigen omgeving van {organisation}</p> : null}
      <p>Uitgegeven op {formatDateTime(shownAt)}</p>
      <RecoveryKeyText value={value} />
      <ul>
        <li>Met deze sleutel kiest u een nieuw wachtwoord als u het oude bent vergeten: op het vergrendelscherm, bij “Wachtwoord vergeten?”.</li>
        <li>Bewaar dit vel op een veilige plek, niet bij de computer en niet samen met uw wachtwoord.</li>
        <li>Wie deze sleutel en uw computer heeft, kan de gegevens lezen. Gooi een oud vel weg als u een nieuwe sleutel krijgt.</li>
      </ul>
    </div>,
    document.body,
  );
}

export function RecoveryKeyPage({ pending }: { pending: PendingRecoveryKey }) {
  const dismiss = useWorkspaceStore((s) => s.dismissRecoveryKey);
  const organisation = useWorkspaceStore((s) => s.status?.active?.installation.organisationName ?? null);
  const [stored, setStored] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [copyNote, setCopyNote] = useState<string | null>(null);
  const checkboxId = useId();
  const text = TEXT[pending.occasion];

  // This screen replaces another without a navigation: start at its heading.
  useEffect(() => focusSoon(), []);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(pending.key);
      setCopyNote('Gekopieerd. Plak de sleutel alleen in een wachtwoordkluis, niet in een gewoon document of e-mail.');
      announce('De herstelsleutel is gekopieerd.');
    } catch {
      setCopyNote('Kopiëren lukte niet. Selecteer de sleutel en kopieer hem met Ctrl+C, of schrijf hem over.');
    }
  };

  const done = () => {
    if (!stored) {
      setError('Vink aan dat u de herstelsleutel heeft bewaard. Zonder deze sleutel is een vergeten wachtwoord niet te herstellen.');
      document.getElementById(checkboxId)?.focus();
      return;
    }
    dismiss();
    announce(text.announceDone);
    focusSoon();
  };

  return (
    <Page title={text.heading} heading={text.heading} intro={<p>{text.intro}</p>} className="page--recovery">
      <section className="card recovery-card" aria-labelledby="kop-herstelsleutel">
        <h2 id="kop-herstelsleutel" className="card-title">
          Herstelsleutel
        </h2>
        <p className="notice notice--warn">
          <strong>Schotvrij laat deze sleutel maar één keer zien.</strong> Druk hem af of schrijf hem over, en bewaar hem op een veilige plek — niet bij de computer.
        </p>
        <RecoveryKeyText value={pending.key} id="herstelsleutel" />
        <div className="form-actions">
          <button type="button" className="button" onClick={() => window.print()}>
            Afdrukken
          </button>
          <button type="button" className="button" onClick={() => void copy()}>
            Kopiëren
          </button>
        </div>
        {copyNote ? <p className="muted">{copyNote}</p> : null}
      </section>

      <form
        className="form card"
        noValidate
        aria-label="Herstelsleutel bewaard"
        onSubmit={(e) => {
          e.preventDefault();
          done();
        }}
      >
        <div className={`checkbox${error ? ' field--error' : ''}`}>
          <input
            id={checkboxId}
            type="checkbox"
            checked={stored}
            required
            aria-required="true"
            aria-invalid={!!error}
            aria-describedby={error ? `${checkboxId}-fout` : undefined}
            onChange={(e) => {
              setStored(e.target.checked);
              if (e.target.checked) setError(null);
            }}
          />
          <label htmlFor={checkboxId}>Ik heb de herstelsleutel bewaard</label>
          <div className="checkbox-hint">
            <FieldError id={checkboxId} error={error} />
          </div>
        </div>
        <div className="form-actions">
          <button type="submit" className="button button--primary">
            {text.done}
          </button>
        </div>
      </form>
      <PrintSheet value={pending.key} heading={text.heading} organisation={organisation} />
    </Page>
  );
}
