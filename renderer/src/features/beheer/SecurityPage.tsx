/**
 * Beheer → Beveiliging: how the real workspace is protected, and the knobs.
 * - Versleuteling: the state; for a workspace set up before encryption existed,
 *   "Database versleutelen" (`workspace.encrypt`, a verified backup first).
 * - Wachtwoord wijzigen (`workspace.changePassword`: the data key is rewrapped).
 * - Sleutel vernieuwen (`workspace.rekey`): a backup first, the database gets a new
 *   data key and a NEW recovery key replaces the old one (shown once, full screen).
 * - Automatisch vergrendelen after N idle minutes (`workspace.setLockAfter`).
 * - How long the access log is kept (`settings.update { auditBewaarJaren }`).
 */
import { useId, useState } from 'react';
import { contract, LOCK_MINUTES, parseWith, type EigenSecurity } from '../../../../shared/contract/index';
import { api, errorMessage, isApiError, retryAfterMs } from '../../api';
import { announce } from '../../app/announcer';
import { IssueList, focusField, useContractForm, type Conversion } from '../../ui/contract-form';
import { Dialog } from '../../ui/Dialog';
import { ErrorNotice, ErrorSummary, Field, FormActions } from '../../ui/form';
import { LoadFailure } from '../../ui/LoadFailure';
import { Page } from '../../ui/Page';
import { repeatIssue, retryText, ShowPasswords, useRetryCountdown } from '../../ui/password';
import { useSettings, settingsCommands } from '../dossier/dossier-data';
import { useWorkspaceStore } from '../workspace/workspace-store';
import { BeheerNav } from './BeheerNav';
import { FolderWarning } from './FolderWarning';
import { useAction } from '../../ui/use-action';

const NEW_PASSWORD_HINT = 'Minstens 10 tekens. Een zin van een paar woorden is sterk en goed te onthouden.';

/** WRONG_SECRET → "Dit wachtwoord klopt niet. U kunt het over 30 seconden opnieuw proberen." */
function wrongSecretMessage(e: unknown, start: (ms: number) => void): string | null {
  if (!isApiError(e) || e.code !== 'WRONG_SECRET') return null;
  const ms = retryAfterMs(e);
  if (ms > 0) start(ms);
  return `${e.message}${ms > 0 ? ` ${retryText(ms)}` : ''}`;
}

// ---------- Wachtwoord wijzigen ----------

interface PasswordValues {
  huidigWachtwoord: string;
  nieuwWachtwoord: string;
  herhaal: string;
}
type ChangeInput = { huidigWachtwoord: string; nieuwWachtwoord: string };
const PW_FIELDS = ['huidigWachtwoord', 'nieuwWachtwoord', 'herhaal'] as const;
const pwId = (f: string) => `wachtwoord-${f}`;

function toChangeInput(v: PasswordValues): Conversion<ChangeInput> {
  const issues = new IssueList();
  const input = { huidigWachtwoord: v.huidigWachtwoord, nieuwWachtwoord: v.nieuwWachtwoord };
  const parsed = parseWith(contract['workspace.changePassword'].input, { ...input, nieuwWachtwoord: v.nieuwWachtwoord === '' ? undefined : v.nieuwWachtwoord });
  if (!parsed.ok) for (const i of parsed.error.details?.issues ?? []) issues.add(i.path, i.message);
  const repeat = repeatIssue('herhaal', v.nieuwWachtwoord, v.herhaal);
  if (repeat) issues.add(repeat.path, repeat.message);
  return issues.empty ? { input, issues: [] } : { input: null, issues: issues.issues };
}

function ChangePasswordForm() {
  const [show, setShow] = useState(false);
  const showId = useId();
  const countdown = useRetryCountdown();
  const { form, errorOf, submitWith, summary, busy } = useContractForm<PasswordValues, ChangeInput>({
    fields: PW_FIELDS,
    defaultValues: { huidigWachtwoord: '', nieuwWachtwoord: '', herhaal: '' },
    toInput: toChangeInput,
    idOf: pwId,
  });
  const { register } = form;
  const waiting = countdown.secondsLeft > 0;
  const type = show ? 'text' : 'password';

  const onSubmit = submitWith(async (input) => {
    if (waiting) return;
    try {
      useWorkspaceStore.getState().setStatus(await api['workspace.changePassword'](input));
    } catch (e) {
      const wrong = wrongSecretMessage(e, countdown.start);
      if (!wrong) throw e;
      form.setError('huidigWachtwoord', { type: 'server', message: wrong });
      form.setValue('huidigWachtwoord', '');
      focusField(pwId('huidigWachtwoord'));
      return;
    }
    form.reset();
    announce('Uw wachtwoord is gewijzigd. Ontgrendel Schotvrij voortaan met het nieuwe wachtwoord.');
  });

  return (
    <form className="form card" noValidate aria-labelledby="kop-wachtwoord" onSubmit={onSubmit}>
      <h2 id="kop-wachtwoord" className="card-title">
        Wachtwoord wijzigen
      </h2>
      <p>De database wordt hiervoor niet opnieuw versleuteld; uw herstelsleutel blijft geldig.</p>
      <ErrorSummary items={summary} />
      <Field id={pwId('huidigWachtwoord')} label="Huidig wachtwoord" required error={errorOf('huidigWachtwoord')} className="field--l">
        {(a) => <input {...register('huidigWachtwoord')} className="input" type={type} autoComplete="current-password" {...a} />}
      </Field>
      <Field id={pwId('nieuwWachtwoord')} label="Nieuw wachtwoord" hint={NEW_PASSWORD_HINT} required error={errorOf('nieuwWachtwoord')} className="field--l">
        {(a) => <input {...register('nieuwWachtwoord')} className="input" type={type} autoComplete="new-password" {...a} />}
      </Field>
      <Field id={pwId('herhaal')} label="Herhaal het nieuwe wachtwoord" required error={errorOf('herhaal')} className="field--l">
        {(a) => <input {...register('herhaal')} className="input" type={type} autoComplete="new-password" {...a} />}
      </Field>
      <ShowPasswords id={showId} checked={show} onChange={setShow} />
      <FormActions submitLabel="Wachtwoord wijzigen" busy={busy || waiting} busyLabel={waiting ? `Nog ${countdown.secondsLeft} s wachten` : 'Bezig met wijzigen…'} />
    </form>
  );
}

// ---------- Database versleutelen (an older, unencrypted real workspace) ----------

interface EncryptValues {
  wachtwoord: string;
  herhaal: string;
}
const ENC_FIELDS = ['wachtwoord', 'herhaal'] as const;
const encId = (f: string) => `versleutel-${f}`;

function toEncryptInput(v: EncryptValues): Conversion<{ wachtwoord: string }> {
  const issues = new IssueList();
  const parsed = parseWith(contract['workspace.encrypt'].input, { wachtwoord: v.wachtwoord === '' ? undefined : v.wachtwoord });
  if (!parsed.ok) for (const i of parsed.error.details?.issues ?? []) issues.add(i.path, i.message);
  const repeat = repeatIssue('herhaal', v.wachtwoord, v.herhaal);
  if (repeat) issues.add(repeat.path, repeat.message);
  return issues.empty ? { input: { wachtwoord: v.wachtwoord }, issues: [] } : { input: null, issues: issues.issues };
}

function EncryptForm() {
  const [show, setShow] = useState(false);
  const showId = useId();
  const { form, errorOf, submitWith, summary, busy } = useContractForm<EncryptValues, { wachtwoord: string }>({
    fields: ENC_FIELDS,
    defaultValues: { wachtwoord: '', herhaal: '' },
    toInput: toEncryptInput,
    idOf: encId,
  });
  const { register } = form;
  const type = show ? 'text' : 'password';
  const onSubmit = submitWith(async (input) => {
    const { recoveryKey } = await api['workspace.encrypt'](input);
    // Full screen, once: the gate shows the key before anything else.
    useWorkspaceStore.getState().showRecoveryKey({ key: recoveryKey, occasion: 'encrypt' });
  });
  return (
    <form className="form" noValidate aria-labelledby="kop-versleutelen" onSubmit={onSubmit}>
      <h3 id="kop-versleutelen" className="form-group-title">
        Database versleutelen
      </h3>
      <p>
        Kies een wachtwoord. Schotvrij maakt eerst een gecontroleerde reservekopie en versleutelt daarna de database. Daarna vervangt een versleutelde reservekopie de oude,
        onversleutelde kopieën, en krijgt u één keer de herstelsleutel te zien.
      </p>
      <ErrorSummary items={summary} />
      <Field id={encId('wachtwoord')} label="Wachtwoord" hint={NEW_PASSWORD_HINT} required error={errorOf('wachtwoord')} className="field--l">
        {(a) => <input {...register('wachtwoord')} className="input" type={type} autoComplete="new-password" {...a} />}
      </Field>
      <Field id={encId('herhaal')} label="Herhaal het wachtwoord" required error={errorOf('herhaal')} className="field--l">
        {(a) => <input {...register('herhaal')} className="input" type={type} autoComplete="new-password" {...a} />}
      </Field>
      <ShowPasswords id={showId} checked={show} onChange={setShow} />
      <FormActions submitLabel="Database versleutelen" busy={busy} busyLabel="Bezig met versleutelen…" />
    </form>
  );
}

// ---------- Sleutel vernieuwen ----------

function RekeyDialog({ onClose }: { onClose: () => void }) {
  const [wachtwoord, setWachtwoord] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const countdown = useRetryCountdown();
  const waiting = countdown.secondsLeft > 0;
  const fieldId = 'vernieuw-wachtwoord';

  const confirm = async () => {
    if (busy || waiting) return;
    if (wachtwoord === '') {
      setError('Vul uw wachtwoord in.');
      focusField(fieldId);
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const { recoveryKey } = await api['workspace.rekey']({ wachtwoord });
      useWorkspaceStore.getState().showRecoveryKey({ key: recoveryKey, occasion: 'rekey' });
      onClose();
    } catch (e) {
      setBusy(false);
      setWachtwoord('');
      setError(wrongSecretMessage(e, countdown.start) ?? errorMessage(e));
      focusField(fieldId);
    }
  };

  return (
    <Dialog title="Sleutel vernieuwen?" onClose={onClose}>
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void confirm();
        }}
      >
        <ul className="plain-list">
          <li>Schotvrij maakt eerst een gecontroleerde reservekopie.</li>
          <li>Daarna wordt de hele database opnieuw versleuteld met een nieuwe sleutel. Bij een grote database duurt dat even.</li>
          <li>
            U krijgt een <strong>nieuwe herstelsleutel</strong>. De oude herstelsleutel werkt daarna niet meer: houd pen en papier of de printer bij de hand.
          </li>
          <li>Uw wachtwoord blijft hetzelfde.</li>
        </ul>
        <ErrorNotice>{error}</ErrorNotice>
        <Field id={fieldId} label="Uw wachtwoord" hint="Ter bevestiging." required className="field--l">
          {(a) => (
            <input
              {...a}
              aria-invalid={!!error}
              className="input"
              type="password"
              autoComplete="current-password"
              value={wachtwoord}
              onChange={(e) => setWachtwoord(e.target.value)}
            />
          )}
        </Field>
        <div className="form-actions">
          <button type="button" className="button" onClick={onClose}>
            Annuleren
          </button>
          <button type="submit" className="button button--danger" aria-disabled={busy || waiting || undefined}>
            {busy ? 'Bezig met vernieuwen…' : waiting ? `Nog ${countdown.secondsLeft} s wachten` : 'Sleutel vernieuwen'}
          </button>
        </div>
      </form>
    </Dialog>
  );
}

// ---------- Automatisch vergrendelen ----------

const LOCK_CHOICES = [1, 2, 5, 10, 15, 20, 30, 45, 60, 90, 120, 180, 240].filter((m) => m >= LOCK_MINUTES.min && m <= LOCK_MINUTES.max);
const minutesText = (m: number) => (m === 1 ? '1 minuut' : m % 60 === 0 && m >= 60 ? (m === 60 ? '1 uur' : `${m / 60} uur`) : `${m} minuten`);

function LockAfterForm({ security }: { security: EigenSecurity }) {
  const [minutes, setMinutes] = useState(String(security.lockAfterMinutes));
  const { busy, error, run } = useAction();
  const choices = LOCK_CHOICES.includes(security.lockAfterMinutes) ? LOCK_CHOICES : [...LOCK_CHOICES, security.lockAfterMinutes].sort((a, b) => a - b);
  const save = () =>
    run(async () => {
      const status = await api['workspace.setLockAfter']({ minutes: Number(minutes) });
      useWorkspaceStore.getState().setStatus(status);
      announce(`Schotvrij vergrendelt zich voortaan na ${minutesText(Number(minutes))} zonder activiteit.`);
    });
  return (
    <form
      className="form card"
      aria-labelledby="kop-vergrendelen"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <h2 id="kop-vergrendelen" className="card-title">
        Automatisch vergrendelen
      </h2>
      <p>
        Na deze tijd zonder toetsaanslag of muisklik vergrendelt Schotvrij zich; ook als de computer in slaap gaat. U kunt altijd zelf vergrendelen met de knop “Vergrendelen” bovenin of
        met <kbd className="kbd kbd--dark">Ctrl</kbd>+<kbd className="kbd kbd--dark">L</kbd>.
      </p>
      <ErrorNotice>{error}</ErrorNotice>
      <div className="field field--s">
        <label htmlFor="vergrendel-minuten" className="field-label">
          Vergrendelen na
        </label>
        <select id="vergrendel-minuten" className="input" value={minutes} onChange={(e) => setMinutes(e.target.value)}>
          {choices.map((m) => (
            <option key={m} value={m}>
              {minutesText(m)}
            </option>
          ))}
        </select>
      </div>
      <FormActions submitLabel="Opslaan" busy={busy} />
    </form>
  );
}

// ---------- Toegangslog bewaren ----------

interface RetentionValues {
  jaren: string;
}

function RetentionForm({ initial }: { initial: number }) {
  const toInput = (v: RetentionValues): Conversion<{ auditBewaarJaren: number }> => {
    const raw = v.jaren.trim();
    if (!/^\d{1,3}$/.test(raw)) return { input: null, issues: [{ path: 'jaren', message: 'Vul een heel aantal jaren in, van 5 tot en met 115.' }] };
    const parsed = parseWith(contract['settings.update'].input, { patch: { auditBewaarJaren: Number(raw) } });
    if (!parsed.ok) return { input: null, issues: (parsed.error.details?.issues ?? []).map((i) => ({ path: 'jaren', message: i.message })) };
    return { input: { auditBewaarJaren: Number(raw) }, issues: [] };
  };
  const { form, errorOf, submitWith, summary, busy } = useContractForm<RetentionValues, { auditBewaarJaren: number }>({
    fields: ['jaren'],
    defaultValues: { jaren: String(initial) },
    toInput,
    idOf: () => 'bewaar-jaren',
    alias: { 'patch.auditBewaarJaren': 'jaren' },
  });
  return (
    <form
      className="form card"
      noValidate
      aria-labelledby="kop-bewaren"
      onSubmit={submitWith(async (patch) => {
        await settingsCommands.update(patch);
        announce(`Het toegangslog wordt voortaan ${patch.auditBewaarJaren} jaar bewaard.`);
      })}
    >
      <h2 id="kop-bewaren" className="card-title">
        Toegangslog bewaren
      </h2>
      <p>
        Het toegangslog legt vast wie welk dossier wanneer heeft ingezien of gewijzigd (NEN 7513). Oudere regels worden verwijderd; een samenvatting blijft, zodat de controle van het log
        blijft kloppen. De wet vraagt meestal minstens 5 jaar; 20 jaar volgt de bewaartermijn van het dossier.
      </p>
      <ErrorSummary items={summary} />
      <Field id="bewaar-jaren" label="Bewaartermijn" labelSuffix="(jaren)" hint="Van 5 tot en met 115 jaar." required error={errorOf('jaren')} className="field--s">
        {(a) => <input {...form.register('jaren')} className="input" type="text" inputMode="numeric" autoComplete="off" {...a} />}
      </Field>
      <FormActions submitLabel="Bewaartermijn opslaan" busy={busy} />
    </form>
  );
}

// ---------- The page ----------

function EncryptionCard({ security, eigen }: { security: EigenSecurity | null; eigen: boolean }) {
  const [rekeying, setRekeying] = useState(false);
  if (!eigen) {
    return (
      <section className="card" aria-labelledby="kop-versleuteling">
        <h2 id="kop-versleuteling" className="card-title">
          Versleuteling
        </h2>
        <p>
          De demo-omgeving bevat alleen verzonnen gegevens en wordt niet versleuteld of vergrendeld. Wachtwoord, herstelsleutel en vergrendelen horen bij uw eigen omgeving: open die om
          ze te beheren.
        </p>
      </section>
    );
  }
  const encrypted = security?.encrypted === true;
  return (
    <section className="card" aria-labelledby="kop-versleuteling">
      <h2 id="kop-versleuteling" className="card-title">
        Versleuteling
      </h2>
      {encrypted ? (
        <>
          <p className="security-state security-state--ok">
            <span className="badge badge--ok">Versleuteld</span> De database op deze computer en de reservekopieën zijn versleuteld. Zonder uw wachtwoord of de herstelsleutel kan niemand
            ze lezen.
          </p>
          <div className="form-group">
            <h3 className="form-group-title">Sleutel vernieuwen</h3>
            <p>
              Vernieuw de sleutel als u denkt dat iemand anders uw herstelsleutel heeft gezien of gevonden. De database krijgt een nieuwe sleutel en u krijgt een nieuwe herstelsleutel; de
              oude werkt daarna niet meer.
            </p>
            <div className="form-actions">
              <button type="button" className="button" onClick={() => setRekeying(true)}>
                Sleutel vernieuwen…
              </button>
            </div>
          </div>
          {rekeying ? <RekeyDialog onClose={() => setRekeying(false)} /> : null}
        </>
      ) : (
        <>
          <p className="notice notice--warn">
            <strong>Deze omgeving is niet versleuteld.</strong> Ze is ingericht voordat Schotvrij kon versleutelen. Wie bij deze computer of een reservekopie kan, kan de gegevens lezen.
          </p>
          <EncryptForm />
        </>
      )}
    </section>
  );
}

export function SecurityPage() {
  const status = useWorkspaceStore((s) => s.status);
  const settings = useSettings();
  const security = status?.security ?? null;
  const eigen = status?.active?.kind === 'eigen';
  return (
    <Page
      title="Beveiliging"
      heading="Beveiliging"
      intro={<p>Hoe Schotvrij de gegevens op deze computer beschermt: versleuteling, uw wachtwoord, vergrendelen en het toegangslog.</p>}
      className="page--beheer"
    >
      <BeheerNav />
      <FolderWarning />
      <EncryptionCard security={security} eigen={eigen} />
      {eigen && security?.encrypted ? <ChangePasswordForm /> : null}
      {eigen && security?.encrypted ? <LockAfterForm key={security.lockAfterMinutes} security={security} /> : null}
      <LoadFailure query={settings} what="De bewaartermijn van het toegangslog" />
      {settings.data ? <RetentionForm key={settings.data.auditBewaarJaren} initial={settings.data.auditBewaarJaren} /> : null}
    </Page>
  );
}
