/**
 * Kassier → Vertrouwde installaties: whose bundles are accepted. Trust comes from
 * comparing the fingerprint with the casemanager by phone — the identity file only
 * proves possession of the key (docs/formats.md §2). A lost laptop is revoked: its
 * bundles are refused from then on.
 */
import { useState, type FormEvent } from 'react';
import type { Output } from '../../../../shared/contract/index';
import { errorMessage } from '../../api';
import { announce } from '../../app/announcer';
import { ROLE_LABEL } from '../../app/labels';
import { ConfirmDialog } from '../../ui/Dialog';
import { ErrorSummary, Field, FieldError, FormActions, type SummaryItem } from '../../ui/form';
import { formatDateTimeShort } from '../../ui/format';
import { Page } from '../../ui/Page';
import { ScrollArea } from '../../ui/ScrollArea';
import { useRemoval } from '../../ui/use-removal';
import type { Role } from '../../../../shared/schema/index';
import { Fingerprint } from '../beheer/IdentityPage';
import { kassierCommands, useSigners } from './kassier-data';
import { KassierNav } from './KassierNav';
import { LoadFailure } from '../../ui/LoadFailure';

type Signer = Output<'trust.list'>[number];

interface IdentityPreview {
  json: string;
  label: string;
  organisationName: string;
  organisationAgb: string | null;
  role: string;
  fingerprint: string;
}

/** What the chosen file says, to show before trusting it (the core checks it again). */
function readIdentity(json: string): IdentityPreview | null {
  try {
    const raw = JSON.parse(json) as Record<string, unknown>;
    if (raw.format !== 'schotvrij-identity' || typeof raw.fingerprint !== 'string' || typeof raw.organisationName !== 'string') return null;
    return {
      json,
      label: typeof raw.label === 'string' ? raw.label : raw.organisationName,
      organisationName: raw.organisationName,
      organisationAgb: typeof raw.organisationAgb === 'string' ? raw.organisationAgb : null,
      role: typeof raw.role === 'string' ? raw.role : '',
      fingerprint: raw.fingerprint,
    };
  } catch {
    return null;
  }
}

/**
 * Trusting another installation by its identity file. The kassier trusts casemanagers (their bundles
 * are accepted); a casemanager trusts the kassier (BSNs in bundles are then sealed for the kassier).
 */
const PARTY = {
  casemanager: {
    title: 'Installatie vertrouwen',
    intro: 'De casemanager downloadt het identiteitsbestand bij Beheer → Identiteit en stuurt het u. Lees het hier in en bel de casemanager om de vingerafdruk te vergelijken.',
    notAFile: 'Dit is geen identiteitsbestand van Schotvrij. Vraag de casemanager om het bestand uit Beheer → Identiteit.',
    compareFirst: 'Vergelijk eerst de vingerafdruk per telefoon met de casemanager, en vink dit dan aan.',
    checkbox: 'Ik heb de vingerafdruk per telefoon vergeleken met de casemanager en hij is precies gelijk',
    hint: 'Laat de casemanager de groepen voorlezen uit Beheer → Identiteit. Wijkt één teken af, vertrouw het bestand dan niet.',
    submit: 'Installatie vertrouwen',
    done: (label: string) => `${label} is vertrouwd. Bundels van deze installatie worden voortaan aangenomen.`,
  },
  kassier: {
    title: 'Kassier vertrouwen',
    intro: 'De kassier stuurt u het identiteitsbestand van de kassiersinstallatie. Lees het hier in en bel de kassier om de vingerafdruk te vergelijken. Daarna gaan de BSN’s in uw exports versleuteld mee: alleen deze kassier kan ze lezen.',
    notAFile: 'Dit is geen identiteitsbestand van Schotvrij. Vraag de kassier om het bestand uit Beheer → Identiteit.',
    compareFirst: 'Vergelijk eerst de vingerafdruk per telefoon met de kassier, en vink dit dan aan.',
    checkbox: 'Ik heb de vingerafdruk per telefoon vergeleken met de kassier en hij is precies gelijk',
    hint: 'Laat de kassier de groepen voorlezen uit Beheer → Identiteit. Wijkt één teken af, vertrouw het bestand dan niet.',
    submit: 'Kassier vertrouwen',
    done: (label: string) => `${label} is vertrouwd. BSN’s in uw exports worden voortaan voor deze kassier versleuteld.`,
  },
} as const;

export function AddSigner({ party = 'casemanager' }: { party?: keyof typeof PARTY }) {
  const t = PARTY[party];
  const [preview, setPreview] = useState<IdentityPreview | null>(null);
  const [fileError, setFileError] = useState<string | undefined>(undefined);
  const [compared, setCompared] = useState(false);
  const [comparedError, setComparedError] = useState<string | undefined>(undefined);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [inputKey, setInputKey] = useState(0);

  const choose = async (file: File | undefined) => {
    setPreview(null);
    setCompared(false);
    setError(null);
    setComparedError(undefined);
    if (!file) return;
    const p = readIdentity(await file.text());
    setFileError(p ? undefined : t.notAFile);
    setPreview(p);
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (busy) return;
    if (!preview) {
      setFileError(fileError ?? 'Kies het identiteitsbestand van de installatie.');
      document.getElementById('identiteit-bestand')?.focus();
      return;
    }
    if (!compared) {
      setComparedError(t.compareFirst);
      document.getElementById('identiteit-vergeleken')?.focus();
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const s = await kassierCommands.trust(preview.json);
      announce(t.done(s.label));
      setPreview(null);
      setCompared(false);
      setInputKey((k) => k + 1);
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setBusy(false);
    }
  };

  const summary: SummaryItem[] = [
    ...(error ? [{ fieldId: null, message: error }] : []),
    ...(fileError ? [{ fieldId: 'identiteit-bestand', message: fileError }] : []),
    ...(comparedError ? [{ fieldId: 'identiteit-vergeleken', message: comparedError }] : []),
  ];
  return (
    <form className="form card" noValidate aria-labelledby="kop-vertrouwen" onSubmit={(e) => void submit(e)}>
      <h2 id="kop-vertrouwen" className="card-title">
        {t.title}
      </h2>
      <p>{t.intro}</p>
      <ErrorSummary items={summary} />
      <Field id="identiteit-bestand" label="Identiteitsbestand (.json)" required error={fileError} className="field--l">
        {(a) => <input key={inputKey} {...a} className="input input--file" type="file" accept=".json,application/json" onChange={(e) => void choose(e.target.files?.[0])} />}
      </Field>
      {preview ? (
        <div className="trust-preview" role="group" aria-labelledby="kop-te-vertrouwen">
          <h3 id="kop-te-vertrouwen" className="form-group-title">
            {preview.label}
          </h3>
          <p>
            {preview.organisationName}
            {preview.organisationAgb ? ` (AGB ${preview.organisationAgb})` : ''}
            {preview.role ? ` · ${ROLE_LABEL[preview.role as Role] ?? preview.role}` : ''}
          </p>
          <p className="field-label">Vingerafdruk in dit bestand</p>
          <Fingerprint value={preview.fingerprint} />
          <div className={`checkbox${comparedError ? ' field--error' : ''}`}>
            <input
              id="identiteit-vergeleken"
              type="checkbox"
              checked={compared}
              onChange={(e) => {
                setCompared(e.target.checked);
                if (e.target.checked) setComparedError(undefined);
              }}
              aria-invalid={!!comparedError}
              aria-describedby={comparedError ? 'identiteit-vergeleken-fout identiteit-vergeleken-hint' : 'identiteit-vergeleken-hint'}
            />
            <label htmlFor="identiteit-vergeleken">{t.checkbox}</label>
            <span id="identiteit-vergeleken-hint" className="checkbox-hint">
              {t.hint}
            </span>
            <FieldError id="identiteit-vergeleken" error={comparedError} />
          </div>
        </div>
      ) : null}
      <FormActions submitLabel={t.submit} busy={busy} busyLabel="Bezig…" />
    </form>
  );
}

export function TrustPage() {
  const signers = useSigners();
  const removal = useRemoval(async (s: Signer) => {
    await kassierCommands.revoke(s.installationId);
    announce(`${s.label} is ingetrokken. Bundels van deze installatie worden voortaan geweigerd.`);
  });
  const rows = signers.data ?? [];
  return (
    <Page title="Vertrouwde installaties" heading="Vertrouwde installaties" intro={<p>Alleen bundels van deze installaties worden aangenomen. Elke bundel is ondertekend; een veranderd bestand wordt geweigerd.</p>}>
      <KassierNav />
      <section className="card" aria-labelledby="kop-vertrouwd">
        <h2 id="kop-vertrouwd" className="card-title">
          Installaties
        </h2>
        <LoadFailure query={signers} what="De lijst" />
        {signers.data && rows.length === 0 ? <p className="muted">U vertrouwt nog geen installaties. Lees hieronder het identiteitsbestand van een casemanager in.</p> : null}
        {rows.length ? (
          <ScrollArea label="Vertrouwde installaties">
            <table className="table" aria-labelledby="kop-vertrouwd">
              <thead>
                <tr>
                  <th scope="col">Installatie</th>
                  <th scope="col">Organisatie</th>
                  <th scope="col">Vingerafdruk</th>
                  <th scope="col">Sinds</th>
                  <th scope="col">Status</th>
                  <th scope="col">
                    <span className="visually-hidden">Acties</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {rows.map((s) => (
                  <tr key={s.installationId}>
                    <th scope="row">{s.label}</th>
                    <td>
                      {s.organisationName}
                      {s.organisationAgb ? <span className="muted"> (AGB {s.organisationAgb})</span> : null}
                    </td>
                    <td>
                      <code className="path fingerprint-small">{s.fingerprint}</code>
                    </td>
                    <td className="tabular">{formatDateTimeShort(s.trustedAt)}</td>
                    <td>
                      {s.revokedAt ? <span className="badge badge--error">Ingetrokken op {formatDateTimeShort(s.revokedAt)}</span> : <span className="badge badge--ok">Vertrouwd</span>}
                    </td>
                    <td>
                      {s.revokedAt ? null : (
                        <button type="button" className="button button--small button--quiet-danger" onClick={() => removal.ask(s)} aria-label={`${s.label} intrekken`}>
                          Intrekken
                        </button>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollArea>
        ) : null}
      </section>
      <AddSigner />
      {removal.target ? (
        <ConfirmDialog title="Installatie intrekken?" confirmLabel="Intrekken" {...removal.dialog}>
          <p>
            Bundels van <strong>{removal.target.label}</strong> worden daarna geweigerd, ook bundels die al onderweg zijn. Wat al is ingelezen, blijft. Dezelfde sleutel kan daarna niet opnieuw
            worden vertrouwd: bij een nieuwe laptop maakt de casemanager een nieuwe identiteit.
          </p>
        </ConfirmDialog>
      ) : null}
    </Page>
  );
}
