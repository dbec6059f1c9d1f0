/**
 * Data for the integraal ondersteuningsplan. Components call these; they never
 * touch the api. Every plan command answers with the whole version, which the
 * page shows at once (the change event reloads it anyway).
 */
import type { ActionInput, ChangeTopic, GoalInput, Input } from '../../../../shared/contract/index';
import { api } from '../../api';
import { useQuery } from '../../app/use-query';

export const VERSION_TOPICS: readonly ChangeTopic[] = ['plan', 'plan_version', 'goal', 'plan_action', 'plan_undo', 'domain_score', 'network_member', 'funding', 'organisation'];

export function usePlanVersion(versionId: string) {
  return useQuery('plans.version', { versionId }, VERSION_TOPICS);
}

export function useDueEvaluations(withinDays: number) {
  return useQuery('plans.dueEvaluations', { withinDays }, ['plan', 'plan_version', 'client']);
}

export const planCommands = {
  create: (clientId: string, domainSet: string) => api['plans.create']({ clientId, domainSet }),
  newVersion: (planId: string) => api['plans.newVersion']({ planId }),
  updateVersion: (input: Input<'plans.updateVersion'>) => api['plans.updateVersion'](input),
  setScores: (input: Input<'plans.setScores'>) => api['plans.setScores'](input),
  addGoal: (versionId: string, goal: GoalInput) => api['plans.addGoal']({ versionId, goal }),
  updateGoal: (id: string, patch: Input<'plans.updateGoal'>['patch']) => api['plans.updateGoal']({ id, patch }),
  removeGoal: (id: string) => api['plans.removeGoal']({ id }),
  addAction: (versionId: string, action: ActionInput) => api['plans.addAction']({ versionId, action }),
  updateAction: (id: string, action: ActionInput) => api['plans.updateAction']({ id, action }),
  removeAction: (id: string) => api['plans.removeAction']({ id }),
  undo: (versionId: string) => api['plans.undo']({ versionId }),
  establish: (input: Input<'plans.establish'>) => api['plans.establish'](input),
  evaluate: (input: Input<'plans.evaluate'>) => api['plans.evaluate'](input),
  exportFhir: (versionId: string) => api['plans.exportFhir']({ versionId }),
};
