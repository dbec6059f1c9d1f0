/**
 * "Wachtwoord vergeten?": the recovery key (from the sheet printed at setup) and a
 * new password, twice → `workspace.recover`. The recovery key stays valid; the
 * workspace opens at once.
 */
import { useId, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { contract, parseWith } from '../../../../shared/contract/index';
import { isApiError, retryAfterMs } from '../../api';
import { announce } from '../../app/announcer';
import { focusSoon } from '../../app/focus-on-navigate';
import { IssueList, useContractForm, type Conversion } from '../../ui/contract-form';
import { ErrorSummary, Field, SubmitButton } from '../../ui/form';
import { Page } from '../../ui/Page';
import { repeatIssue, retryText, ShowPasswords, useRetryCountdown } from '../../ui/password';
import { useWorkspaceStore } from './workspace-store';

interface Values {
  herstelsleutel: string;
  nieuwWachtwoord: string;
  herhaal: string;
}
interface RecoverInput {
  herstelsleutel: string;
  nieuwWachtwoord: string;
}
const FIELDS = ['herstelsleutel', 'nieuwWachtwoord', 'herhaal'] as const;
const idOf = (f: string) => `herstel-${f}`;

function toInput(v: Values): Conversion<RecoverInput> {
  const issues = new IssueList();
  const input = { herstelsleutel: v.herstelsleutel, nieuwWachtwoord: v.nieuwWachtwoord };
  const parsed = parseWith(contract['workspace.recover'].input, input);
  if (!parsed.ok) for (const i of parsed.error.details?.issues ?? []) issues.add(i.path, i.message);
  const repeat = repeatIssue('herhaal', v.nieuwWachtwoord, v.herhaal);
  if (repeat) issues.add(repeat.path, repeat.message);
  return issues.empty ? { input, issues: [] } : { input: null, issues: issues.issues };
}

export function RecoverPage() {
  const recover = useWorkspaceStore((s) => s.recover);
  const navigate = useNavigate();
  const [show, setShow] = useState(false);
  const countdown = useRetryCountdown();
  const showId = useId();
  const { form, errorOf, submitWith, summary, busy, setFormError } = useContractForm<Values, RecoverInput>({
    fields: FIELDS,
    defaultValues: { herstelsleutel: '', nieuwWachtwoord: '', herhaal: '' },
    toInput,
    idOf,
  });
  const { register } = form;
  const waiting = countdown.secondsLeft > 0;

  const onSubmit = submitWith(async (input) => {
    if (waiting) return;
    try {
      await recover(input.herstelsleutel, input.nieuwWachtwoord);
    } catch (e) {
      if (!isApiError(e) || e.code !== 'WRONG_SECRET') throw e;
      // Not the field's fault alone (it may be an old key): one message for the form, with the wait.
      const ms = retryAfterMs(e);
      if (ms > 0) countdown.start(ms);
      setFormError(`${e.message}${ms > 0 ? ` ${retryText(ms)}` : ''}`);
      focusSoon(`#${idOf('herstelsleutel')}`);
      return;
    }
    announce('U heeft een nieuw wachtwoord ingesteld. Uw herstelsleutel blijft geldig; bewaar hem goed.');
    navigate('/', { replace: true });
    focusSoon();
  });

  const pwType = show ? 'text' : 'password';
  return (
    <Page
      title="Wachtwoord vergeten"
      heading="Wachtwoord vergeten"
      className="page--center page--lock"
      before={
        <Link to="/" className="back-link">
          <span aria-hidden="true">← </span>Terug naar ontgrendelen
        </Link>
      }
      intro={
        <p>
          Met de herstelsleutel die u bij het inrichten heeft afgedrukt of opgeschreven, kiest u een nieuw wachtwoord. Spaties, streepjes en hoofdletters in de sleutel maken niet uit. De
          herstelsleutel blijft daarna geldig.
        </p>
      }
    >
      <form className="form card" noValidate aria-label="Nieuw wachtwoord met de herstelsleutel" onSubmit={onSubmit}>
        <ErrorSummary items={summary} />
        <Field id={idOf('herstelsleutel')} label="Herstelsleutel" hint="Bijvoorbeeld: ABCD EFGH JKMN …" required error={errorOf('herstelsleutel')} className="field--l">
          {(a) => (
            <input
              {...register('herstelsleutel', { onChange: () => setFormError(null) })}
              className="input input--mono"
              type="text"
              autoComplete="off"
              autoCapitalize="characters"
              spellCheck={false}
              {...a}
            />
          )}
        </Field>
        <Field
          id={idOf('nieuwWachtwoord')}
          label="Nieuw wachtwoord"
          hint="Minstens 10 tekens. Een zin van een paar woorden is sterk en goed te onthouden."
          required
          error={errorOf('nieuwWachtwoord')}
          className="field--l"
        >
          {(a) => <input {...register('nieuwWachtwoord')} className="input" type={pwType} autoComplete="new-password" {...a} />}
        </Field>
        <Field id={idOf('herhaal')} label="Herhaal het nieuwe wachtwoord" required error={errorOf('herhaal')} className="field--l">
          {(a) => <input {...register('herhaal')} className="input" type={pwType} autoComplete="new-password" {...a} />}
        </Field>
        <ShowPasswords id={showId} checked={show} onChange={setShow} />
        <div className="form-actions">
          <SubmitButton busy={busy || waiting} busyLabel={waiting ? `Nog ${countdown.secondsLeft} s wachten` : 'Bezig met herstellen…'}>
            Nieuw wachtwoord instellen
          </SubmitButton>
        </div>
      </form>
    </Page>
  );
}
