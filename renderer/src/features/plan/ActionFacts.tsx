import type { ReactNode } from 'react';
import type { PlanAction } from '../../../../shared/contract/index';
import { Fact } from '../../ui/Fact';
import { actionFrequency, actionPeriod } from './plan-format';

/**
 * What an action says, on screen and on paper: who, how often, when and who
 * pays (`payer`, as each view words it); `children` adds rows after those.
 */
export function ActionFacts({ action, className, payer, children }: { action: PlanAction; className: string; payer: ReactNode; children?: ReactNode }) {
  const freq = actionFrequency(action);
  return (
    <dl className={className}>
      <Fact label="Wie">{action.performerLabel}</Fact>
      {freq ? <Fact label="Hoe vaak">{freq}</Fact> : null}
      <Fact label="Wanneer">{actionPeriod(action)}</Fact>
      <Fact label="Wie betaalt">{payer}</Fact>
      {children}
    </dl>
  );
}
