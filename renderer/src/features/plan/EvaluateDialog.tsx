/**
 * Evalueren: looking back with the client on an agreed version — the date, the
 * outcome in words, and per goal whether it was reached (`plans.evaluate`).
 */
import type { Input, PlanVersionDetail } from '../../../../shared/contract/index';
import { contract, parseWith } from '../../../../shared/contract/index';
import type { GoalStatus } from '../../../../shared/domain/enums';
import { announce } from '../../app/announcer';
import { GOAL_STATUS_LABEL, GOAL_STATUSES_IN_ORDER } from '../../app/labels';
import { IssueList, useContractForm, type Conversion } from '../../ui/contract-form';
import { DATE_HINT, fromDateInput, toDateInput } from '../../ui/dates';
import { Dialog } from '../../ui/Dialog';
import { CodeSelect, ErrorSummary, Field, FormActions } from '../../ui/form';
import { useToday } from '../../ui/format';
import { domainName, type DomainSetLike } from './plan-format';
import { planCommands } from './plan-data';

type Values = Record<string, string>;
type EvaluateInput = Input<'plans.evaluate'>;

export function EvaluateDialog({ version, set, onClose, onDone }: { version: PlanVersionDetail; set: DomainSetLike | undefined; onClose: () => void; onDone: (v: PlanVersionDetail) => void }) {
  const today = useToday();
  const goalField = (id: string) => `doel_${id}`;
  const fields = ['evaluatedOn', 'evaluatie', ...version.goals.map((g) => goalField(g.id))];
  const defaults: Values = { evaluatedOn: toDateInput(today), evaluatie: '' };
  for (const g of version.goals) defaults[goalField(g.id)] = g.status;
  const alias: Record<string, string> = {};
  version.goals.forEach((g, i) => {
    alias[`goalStatuses.${i}.status`] = goalField(g.id);
    alias[`goalStatuses.${i}.goalId`] = goalField(g.id);
  });

  const toInput = (v: Values): Conversion<EvaluateInput> => {
    const issues = new IssueList();
    const d = fromDateInput(v.evaluatedOn ?? '');
    if (!d.ok) issues.add('evaluatedOn', d.message);
    else if (!d.iso) issues.add('evaluatedOn', 'Vul de datum van de evaluatie in.');
    const input: EvaluateInput = {
      versionId: version.id,
      evaluatedOn: d.ok ? (d.iso ?? '') : '',
      evaluatie: v.evaluatie ?? '',
      goalStatuses: version.goals.map((g) => ({ goalId: g.id, status: (v[goalField(g.id)] ?? g.status) as GoalStatus })),
    };
    const parsed = parseWith(contract['plans.evaluate'].input, input);
    if (!parsed.ok) for (const i of parsed.error.details?.issues ?? []) issues.add(alias[i.path] ?? i.path, i.message);
    return issues.empty ? { input, issues: [] } : { input: null, issues: issues.issues };
  };

  const { form, errorOf, submitWith, summary, busy } = useContractForm<Values, EvaluateInput>({
    fields,
    defaultValues: defaults,
    toInput,
    idOf: (f) => `evaluatie-${f}`,
    alias,
  });
  const { register } = form;

  return (
    <Dialog title={`Versie ${version.versionNo} evalueren`} size="l" onClose={onClose} description={<p>Bekijk samen met de cliënt en de naasten wat er van de doelen is gekomen.</p>}>
      <form
        className="form"
        noValidate
        onSubmit={submitWith(async (input) => {
          const v = await planCommands.evaluate(input);
          onDone(v);
          announce(`De evaluatie van versie ${v.versionNo} is vastgelegd.`);
        })}
      >
        <ErrorSummary items={summary} />
        <Field id="evaluatie-evaluatedOn" label="Datum van de evaluatie" hint={DATE_HINT} required error={errorOf('evaluatedOn')} className="field--s">
          {(a) => <input {...register('evaluatedOn')} className="input" type="text" inputMode="numeric" autoComplete="off" {...a} />}
        </Field>
        <Field id="evaluatie-evaluatie" label="Uitkomst van de evaluatie" required hint="Wat ging goed, wat niet, wat verandert er? In gewone woorden." error={errorOf('evaluatie')} className="field--l">
          {(a) => <textarea {...register('evaluatie')} className="input" rows={4} {...a} />}
        </Field>
        {version.goals.length > 0 ? (
          <fieldset className="fieldset form-group">
            <legend className="form-group-title">Per doel</legend>
            {version.goals.map((g) => (
              <Field key={g.id} id={`evaluatie-${goalField(g.id)}`} label={`${domainName(set, g.domain)}: “${g.description}”`} error={errorOf(goalField(g.id))} className="field--m">
                {(a) => <CodeSelect {...register(goalField(g.id))} {...a} codes={GOAL_STATUSES_IN_ORDER} labels={GOAL_STATUS_LABEL} placeholder={false} />}
              </Field>
            ))}
          </fieldset>
        ) : null}
        <FormActions submitLabel="Evaluatie vastleggen" busy={busy} onCancel={onClose} />
      </form>
    </Dialog>
  );
}
