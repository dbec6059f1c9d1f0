/**
 * Doelen en acties: goals per life domain (in the client's words, with a target
 * date and status), each with its actions; who pays each action is said in
 * plain words (domain.md §3: citizens don't know which law pays what).
 */
import { useState } from 'react';
import { GoalFields, parseWith, type ClientDossier, type Goal, type GoalInput, type PlanAction, type PlanVersionDetail } from '../../../../shared/contract/index';
import type { GoalStatus } from '../../../../shared/domain/enums';
import { errorMessage } from '../../api';
import { announce } from '../../app/announcer';
import { FUNDING_KIND_LABEL, FUNDING_KIND_PLAIN, GOAL_STATUS_LABEL, GOAL_STATUSES_IN_ORDER } from '../../app/labels';
import { IssueList, useContractForm, type Conversion } from '../../ui/contract-form';
import { DATE_HINT, dateNl, fromDateInput, toDateInput } from '../../ui/dates';
import { ConfirmDialog, Dialog } from '../../ui/Dialog';
import { ErrorSummary, Field, SubmitButton } from '../../ui/form';
import { ActionForm } from './ActionForm';
import { useAutosave } from './autosave-store';
import { actionFrequency, actionPeriod, actionsOf, domainName, goalsByDomain, isStatutory, type DomainSetLike } from './plan-format';
import { planCommands } from './plan-data';

const GOAL_TONE: Record<GoalStatus, string> = { nieuw: 'quiet', lopend: 'info', behaald: 'ok', deels_behaald: 'warn', niet_behaald: 'error', vervallen: 'quiet' };

export function GoalStatusBadge({ status }: { status: GoalStatus }) {
  return <span className={`badge badge--${GOAL_TONE[status]}`}>{GOAL_STATUS_LABEL[status]}</span>;
}

/** "Wmo" tag plus who pays, in words. */
export function LawTag({ action }: { action: PlanAction }) {
  return (
    <span className="law">
      <span className={`law-tag law-tag--${action.financing}`}>{FUNDING_KIND_LABEL[action.financing]}</span> {FUNDING_KIND_PLAIN[action.financing]}
    </span>
  );
}

function ActionItem({ a, editable, onEdit, onRemove }: { a: PlanAction; editable: boolean; onEdit: () => void; onRemove: () => void }) {
  const freq = actionFrequency(a);
  return (
    <li className="action" data-testid="actie">
      <p className="action-what">{a.description}</p>
      <dl className="action-facts">
        <div>
          <dt>Wie</dt>
          <dd>{a.performerLabel}</dd>
        </div>
        {freq ? (
          <div>
            <dt>Hoe vaak</dt>
            <dd>{freq}</dd>
          </div>
        ) : null}
        <div>
          <dt>Wanneer</dt>
          <dd>{actionPeriod(a)}</dd>
        </div>
        <div>
          <dt>Wie betaalt</dt>
          <dd>
            <LawTag action={a} />
            {a.fundingLabel ? <span className="fact-note">{a.fundingLabel}</span> : null}
          </dd>
        </div>
        {isStatutory(a.financing) ? (
          <div>
            <dt>Informele hulp</dt>
            <dd>
              {a.informeelOverwogen ? 'Eerst overwogen' : <span className="muted">Niet vastgelegd of overwogen</span>}
              {a.informeelToelichting ? <span className="fact-note">{a.informeelToelichting}</span> : null}
            </dd>
          </div>
        ) : null}
      </dl>
      {editable ? (
        <div className="member-actions">
          <button type="button" className="button button--small" onClick={onEdit} aria-label={`Actie “${a.description}” wijzigen`}>
            Wijzigen
          </button>
          <button type="button" className="button button--small button--quiet-danger" onClick={onRemove} aria-label={`Actie “${a.description}” verwijderen`}>
            Verwijderen
          </button>
        </div>
      ) : null}
    </li>
  );
}

interface GoalValues {
  domain: string;
  description: string;
  targetDate: string;
  status: GoalStatus;
}
const GOAL_FIELDS = ['domain', 'description', 'targetDate', 'status'] as const;

function toGoal(v: GoalValues): Conversion<GoalInput> {
  const issues = new IssueList();
  const d = fromDateInput(v.targetDate);
  if (!d.ok) issues.add('targetDate', d.message);
  const input: GoalInput = { domain: v.domain, description: v.description, targetDate: d.ok ? d.iso : null, status: v.status };
  const parsed = parseWith(GoalFields, input);
  if (!parsed.ok) for (const i of parsed.error.details?.issues ?? []) issues.add(i.path, i.message);
  return issues.empty ? { input, issues: [] } : { input: null, issues: issues.issues };
}

function GoalForm({ goal, set, onSubmit, onCancel }: { goal: Goal | null; set: DomainSetLike | undefined; onSubmit: (g: GoalInput) => Promise<void>; onCancel: () => void }) {
  const { form, errorOf, submitWith, summary, busy } = useContractForm<GoalValues, GoalInput>({
    fields: GOAL_FIELDS,
    defaultValues: { domain: goal?.domain ?? '', description: goal?.description ?? '', targetDate: toDateInput(goal?.targetDate), status: goal?.status ?? 'nieuw' },
    toInput: toGoal,
    idOf: (f) => `doel-${f}`,
    strip: ['goal', 'patch'],
  });
  const { register } = form;
  return (
    <form className="form" noValidate onSubmit={submitWith(onSubmit)}>
      <ErrorSummary items={summary} />
      <Field id="doel-domain" label="Levensdomein" required error={errorOf('domain')} className="field--m">
        {(a) => (
          <select {...register('domain')} className="input" {...a}>
            <option value="">Kies…</option>
            {(set?.domains ?? []).map((d) => (
              <option key={d.key} value={d.key}>
                {d.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field id="doel-description" label="Het doel, in de woorden van de cliënt" required hint="Bijvoorbeeld: “Ik wil zelf naar de markt kunnen blijven gaan.”" error={errorOf('description')} className="field--l">
        {(a) => <textarea {...register('description')} className="input" rows={3} {...a} />}
      </Field>
      <div className="form-row">
        <Field id="doel-targetDate" label="Streefdatum" labelSuffix="(optioneel)" hint={DATE_HINT} error={errorOf('targetDate')} className="field--s">
          {(a) => <input {...register('targetDate')} className="input" type="text" inputMode="numeric" autoComplete="off" {...a} />}
        </Field>
        <Field id="doel-status" label="Status" error={errorOf('status')} className="field--s">
          {(a) => (
            <select {...register('status')} className="input" {...a}>
              {GOAL_STATUSES_IN_ORDER.map((s) => (
                <option key={s} value={s}>
                  {GOAL_STATUS_LABEL[s]}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <div className="form-actions">
        <SubmitButton busy={busy} busyLabel="Bezig met opslaan…">
          {goal ? 'Wijzigingen opslaan' : 'Doel toevoegen'}
        </SubmitButton>
        <button type="button" className="button button--quiet" onClick={onCancel}>
          Annuleren
        </button>
      </div>
    </form>
  );
}

type Editing =
  | { what: 'goal'; goal: Goal | null }
  | { what: 'action'; action: PlanAction | null; goalId: string | null }
  | { what: 'remove-goal'; goal: Goal }
  | { what: 'remove-action'; action: PlanAction };

export function GoalsSection({
  version,
  set,
  dossier,
  onChanged,
}: {
  version: PlanVersionDetail;
  set: DomainSetLike | undefined;
  dossier: ClientDossier | undefined;
  onChanged: (v: PlanVersionDetail) => void;
}) {
  const editable = version.editable;
  const [editing, setEditing] = useState<Editing | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const goalsError = useAutosave((s) => s.planIssues.doelen);
  const actionsError = useAutosave((s) => s.planIssues.acties);
  const clearPlanIssue = useAutosave((s) => s.clearPlanIssue);
  const groups = goalsByDomain(set, version.goals);
  const loose = actionsOf(version, null);

  const close = () => {
    setEditing(null);
    setError(null);
  };
  const run = async (fn: () => Promise<PlanVersionDetail>, message: string) => {
    setBusy(true);
    setError(null);
    try {
      onChanged(await fn());
      announce(message);
      close();
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  const actionList = (actions: PlanAction[]) =>
    actions.length ? (
      <ul className="action-list">
        {actions.map((a) => (
          <ActionItem key={a.id} a={a} editable={editable} onEdit={() => setEditing({ what: 'action', action: a, goalId: a.goalId })} onRemove={() => setEditing({ what: 'remove-action', action: a })} />
        ))}
      </ul>
    ) : null;

  return (
    <section className="card" aria-labelledby="kop-doelen" id="plan-doelen" tabIndex={-1}>
      <div className="card-head">
        <h2 id="kop-doelen" className="card-title">
          Doelen en acties
        </h2>
        {editable ? (
          <button type="button" className="button" onClick={() => setEditing({ what: 'goal', goal: null })}>
            Doel toevoegen
          </button>
        ) : null}
      </div>
      {goalsError ? (
        <p className="field-error field-error--block" role="alert">
          <span className="visually-hidden">Fout: </span>
          {goalsError}
        </p>
      ) : null}
      {actionsError ? (
        <p className="field-error field-error--block" role="alert" id="plan-acties" tabIndex={-1}>
          <span className="visually-hidden">Fout: </span>
          {actionsError}
        </p>
      ) : null}
      {version.goals.length === 0 ? <p className="muted">Nog geen doelen. Wat wil de cliënt bereiken of behouden? Schrijf het op in de woorden van de cliënt.</p> : null}
      {groups.map((group) => (
        <div key={group.domain} className="goal-domain">
          <h3 className="goal-domain-title">{group.name}</h3>
          {group.goals.map((g) => {
            const headingId = `doel-${g.id}`;
            return (
              <article key={g.id} className="goal" aria-labelledby={headingId} data-testid="doel">
                <div className="goal-head">
                  <h4 id={headingId} className="goal-title">
                    “{g.description}”
                  </h4>
                  <GoalStatusBadge status={g.status} />
                  {g.targetDate ? <span className="muted goal-date">streefdatum {dateNl(g.targetDate)}</span> : null}
                </div>
                {editable ? (
                  <div className="member-actions">
                    <button
                      type="button"
                      className="button button--small"
                      onClick={() => {
                        clearPlanIssue('acties');
                        setEditing({ what: 'action', action: null, goalId: g.id });
                      }}
                      aria-label={`Actie toevoegen bij “${g.description}”`}
                    >
                      Actie toevoegen
                    </button>
                    <button type="button" className="button button--small" onClick={() => setEditing({ what: 'goal', goal: g })} aria-label={`Doel “${g.description}” wijzigen`}>
                      Wijzigen
                    </button>
                    <button type="button" className="button button--small button--quiet-danger" onClick={() => setEditing({ what: 'remove-goal', goal: g })} aria-label={`Doel “${g.description}” verwijderen`}>
                      Verwijderen
                    </button>
                  </div>
                ) : null}
                {actionList(actionsOf(version, g.id)) ?? <p className="muted action-none">Nog geen acties bij dit doel.</p>}
              </article>
            );
          })}
        </div>
      ))}
      {loose.length ? (
        <div className="goal-domain">
          <h3 className="goal-domain-title">Afspraken zonder doel</h3>
          {actionList(loose)}
        </div>
      ) : null}
      {editable && version.goals.length > 0 ? (
        <p>
          <button type="button" className="button" onClick={() => setEditing({ what: 'action', action: null, goalId: null })}>
            Actie zonder doel toevoegen
          </button>
        </p>
      ) : null}

      {editing?.what === 'goal' ? (
        <Dialog title={editing.goal ? 'Doel wijzigen' : 'Doel toevoegen'} size="l" onClose={close}>
          <GoalForm
            goal={editing.goal}
            set={set}
            onCancel={close}
            onSubmit={async (goal) => {
              const v = editing.goal ? await planCommands.updateGoal(editing.goal.id, goal) : await planCommands.addGoal(version.id, goal);
              clearPlanIssue('doelen');
              onChanged(v);
              announce(editing.goal ? 'Het doel is gewijzigd.' : `Doel toegevoegd bij ${domainName(set, goal.domain)}.`);
              close();
            }}
          />
        </Dialog>
      ) : null}
      {editing?.what === 'action' ? (
        <Dialog title={editing.action ? 'Actie wijzigen' : 'Actie toevoegen'} size="l" onClose={close}>
          <ActionForm
            action={editing.action}
            goalId={editing.goalId}
            version={version}
            dossier={dossier}
            set={set}
            onCancel={close}
            onSubmit={async (action) => {
              const v = editing.action ? await planCommands.updateAction(editing.action.id, action) : await planCommands.addAction(version.id, action);
              clearPlanIssue('acties');
              onChanged(v);
              announce(editing.action ? 'De actie is gewijzigd.' : 'De actie is toegevoegd.');
              close();
            }}
          />
        </Dialog>
      ) : null}
      {editing?.what === 'remove-goal' ? (
        <ConfirmDialog
          title="Doel verwijderen?"
          confirmLabel="Doel verwijderen"
          busy={busy}
          error={error}
          onClose={close}
          onConfirm={() => void run(() => planCommands.removeGoal(editing.goal.id), 'Het doel is verwijderd. U kunt dit ongedaan maken.')}
        >
          <p>“{editing.goal.description}” wordt uit het plan gehaald. De acties bij dit doel blijven staan, als afspraken zonder doel.</p>
        </ConfirmDialog>
      ) : null}
      {editing?.what === 'remove-action' ? (
        <ConfirmDialog
          title="Actie verwijderen?"
          confirmLabel="Actie verwijderen"
          busy={busy}
          error={error}
          onClose={close}
          onConfirm={() => void run(() => planCommands.removeAction(editing.action.id), 'De actie is verwijderd. U kunt dit ongedaan maken.')}
        >
          <p>“{editing.action.description}” wordt uit het plan gehaald.</p>
        </ConfirmDialog>
      ) : null}
    </section>
  );
}
