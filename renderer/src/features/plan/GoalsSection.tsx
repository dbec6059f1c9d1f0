/**
 * Doelen en acties: goals per life domain (in the client's words, with a target
 * date and status), each with its actions; who pays each action is said in
 * plain words (domain.md §3: citizens don't know which law pays what).
 */
import { useState } from 'react';
import { GoalFields, parseWith, type ClientDossier, type Goal, type GoalInput, type PlanAction, type PlanVersionDetail } from '../../../../shared/contract/index';
import type { GoalStatus } from '../../../../shared/domain/enums';
import { announce } from '../../app/announcer';
import { FUNDING_KIND_LABEL, FUNDING_KIND_PLAIN, GOAL_STATUS_LABEL, GOAL_STATUSES_IN_ORDER } from '../../app/labels';
import { IssueList, useContractForm, type Conversion } from '../../ui/contract-form';
import { DATE_HINT, dateNl, fromDateInput, toDateInput } from '../../ui/dates';
import { ConfirmDialog, Dialog } from '../../ui/Dialog';
import { Fact } from '../../ui/Fact';
import { CodeSelect, ErrorSummary, Field, FormActions } from '../../ui/form';
import { ItemActions } from '../../ui/ItemActions';
import { useRemoval } from '../../ui/use-removal';
import { ActionFacts } from './ActionFacts';
import { ActionForm } from './ActionForm';
import { useAutosave } from './autosave-store';
import { domainName, isStatutory, planOutline, type DomainSetLike } from './plan-format';
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
  return (
    <li className="action" data-testid="actie">
      <p className="action-what">{a.description}</p>
      <ActionFacts
        action={a}
        className="action-facts"
        payer={
          <>
            <LawTag action={a} />
            {a.fundingLabel ? <span className="fact-note">{a.fundingLabel}</span> : null}
          </>
        }
      >
        {isStatutory(a.financing) ? (
          <Fact label="Informele hulp">
            {a.informeelOverwogen ? 'Eerst overwogen' : <span className="muted">Niet vastgelegd of overwogen</span>}
            {a.informeelToelichting ? <span className="fact-note">{a.informeelToelichting}</span> : null}
          </Fact>
        ) : null}
      </ActionFacts>
      {editable ? <ItemActions editLabel={`Actie “${a.description}” wijzigen`} removeLabel={`Actie “${a.description}” verwijderen`} onEdit={onEdit} onRemove={onRemove} /> : null}
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
          {(a) => <CodeSelect {...register('status')} {...a} codes={GOAL_STATUSES_IN_ORDER} labels={GOAL_STATUS_LABEL} placeholder={false} />}
        </Field>
      </div>
      <FormActions submitLabel={goal ? 'Wijzigingen opslaan' : 'Doel toevoegen'} busy={busy} onCancel={onCancel} />
    </form>
  );
}

type Editing = { what: 'goal'; goal: Goal | null } | { what: 'action'; action: PlanAction | null; goalId: string | null };

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
  const goalsError = useAutosave((s) => s.planIssues.doelen);
  const actionsError = useAutosave((s) => s.planIssues.acties);
  const clearPlanIssue = useAutosave((s) => s.clearPlanIssue);
  const { domains, loose } = planOutline(set, version);
  const removeGoal = useRemoval(async (goal: Goal) => {
    onChanged(await planCommands.removeGoal(goal.id));
    announce('Het doel is verwijderd. U kunt dit ongedaan maken.');
  });
  const removeAction = useRemoval(async (action: PlanAction) => {
    onChanged(await planCommands.removeAction(action.id));
    announce('De actie is verwijderd. U kunt dit ongedaan maken.');
  });

  const close = () => setEditing(null);

  const actionList = (actions: PlanAction[]) =>
    actions.length ? (
      <ul className="action-list">
        {actions.map((a) => (
          <ActionItem key={a.id} a={a} editable={editable} onEdit={() => setEditing({ what: 'action', action: a, goalId: a.goalId })} onRemove={() => removeAction.ask(a)} />
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
      {domains.map((group) => (
        <div key={group.domain} className="goal-domain">
          <h3 className="goal-domain-title">{group.name}</h3>
          {group.goals.map(({ goal: g, actions }) => {
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
                  <ItemActions
                    editLabel={`Doel “${g.description}” wijzigen`}
                    removeLabel={`Doel “${g.description}” verwijderen`}
                    onEdit={() => setEditing({ what: 'goal', goal: g })}
                    onRemove={() => removeGoal.ask(g)}
                  >
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
                  </ItemActions>
                ) : null}
                {actionList(actions) ?? <p className="muted action-none">Nog geen acties bij dit doel.</p>}
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
      {removeGoal.target ? (
        <ConfirmDialog title="Doel verwijderen?" confirmLabel="Doel verwijderen" {...removeGoal.dialog}>
          <p>“{removeGoal.target.description}” wordt uit het plan gehaald. De acties bij dit doel blijven staan, als afspraken zonder doel.</p>
        </ConfirmDialog>
      ) : null}
      {removeAction.target ? (
        <ConfirmDialog title="Actie verwijderen?" confirmLabel="Actie verwijderen" {...removeAction.dialog}>
          <p>“{removeAction.target.description}” wordt uit het plan gehaald.</p>
        </ConfirmDialog>
      ) : null}
    </section>
  );
}
