import { displayName } from '../../../shared/domain/names';
import type { CoreContext } from '../context';
import type { HandlerMap } from '../dispatcher';
import { isoWeek } from '../db/backup-rotation';
import { listActivities, updateActivity } from '../services/activities';
import {
  closeWeek,
  createRegistration,
  discardTimer,
  getTimer,
  history,
  listClosedWeeks,
  listRegistrations,
  propose,
  removeRegistration,
  reopenWeek,
  repeatLast,
  lastRegistration,
  startTimer,
  stopTimer,
  updateRegistration,
} from '../services/registrations';

type Keys =
  | 'activities.list'
  | 'activities.update'
  | 'registrations.propose'
  | 'registrations.list'
  | 'registrations.create'
  | 'registrations.update'
  | 'registrations.remove'
  | 'registrations.repeatLast'
  | 'registrations.last'
  | 'registrations.history'
  | 'registrations.totals'
  | 'timer.get'
  | 'timer.start'
  | 'timer.stop'
  | 'timer.discard'
  | 'weeks.close'
  | 'weeks.reopen'
  | 'weeks.list';

const LAW_LABEL: Record<string, string> = { WMO: 'Wmo', ZVW: 'Zvw', WLZ: 'Wlz', EIGEN: 'Eigen middelen', INFORMEEL: 'Informeel', OVERIG: 'Overig' };
const BASIS_LABEL: Record<string, string> = { client: 'Cliëntgebonden', algemeen: 'Algemeen (niet-cliëntgebonden)', nazorg: 'Nazorg', niet_toerekenbaar: 'Niet toe te rekenen' };

export const registrationHandlers: HandlerMap<Keys, CoreContext> = {
  'activities.list': (ctx, { includeInactive }) => listActivities(ctx, includeInactive),
  'activities.update': (ctx, { code, patch }) => updateActivity(ctx, code, patch),
  'registrations.propose': (ctx, { date, clientId, activityCode }) => propose(ctx, date, clientId ?? null, activityCode),
  'registrations.list': (ctx, { from, to, clientId }) => listRegistrations(ctx, from, to, clientId),
  'registrations.create': (ctx, fields) => createRegistration(ctx, fields),
  'registrations.update': (ctx, { id, fields, correctionReason }) => updateRegistration(ctx, id, fields, correctionReason),
  'registrations.remove': (ctx, { id, correctionReason }) => removeRegistration(ctx, id, correctionReason),
  'registrations.repeatLast': (ctx, { date }) => repeatLast(ctx, date),
  'registrations.last': (ctx) => lastRegistration(ctx),
  'registrations.history': (ctx, { id }) => history(ctx, id),

  'registrations.totals': (ctx, { from, to, groupBy }) => {
    const groups = new Map<string, { label: string; minutes: number; count: number }>();
    for (const r of totalsRows(ctx, from, to)) {
      const [key, label] = keyOf(groupBy, r);
      const g = groups.get(key) ?? { label, minutes: 0, count: 0 };
      g.minutes += r.minutes;
      g.count += 1;
      groups.set(key, g);
    }
    return [...groups.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([key, g]) => ({ key, ...g }));
  },

  'timer.get': (ctx) => getTimer(ctx),
  'timer.start': (ctx, input) => startTimer(ctx, input),
  'timer.stop': (ctx) => stopTimer(ctx),
  'timer.discard': (ctx) => discardTimer(ctx),
  'weeks.close': (ctx, { week }) => closeWeek(ctx, week),
  'weeks.reopen': (ctx, { week }) => reopenWeek(ctx, week),
  'weeks.list': (ctx) => listClosedWeeks(ctx),
};

interface TotalsRow {
  date: string;
  minutes: number;
  clientId: string | null;
  clientName: string | null;
  activityCode: string;
  activityName: string;
  basis: string;
  law: string | null;
}

/** Current, not-removed versions in the range, with what grouping needs (one query; casemanager scale). */
function totalsRows(ctx: CoreContext, from: string, to: string): TotalsRow[] {
  const rows = ctx.db
    .prepare(
      `SELECT r.date, r.minutes, r.client_id AS clientId, c.voornaam, c.tussenvoegsel, c.achternaam, r.activity_code AS activityCode,
              a.name AS activityName, r.basis, f.kind AS law
       FROM registration r
       LEFT JOIN client c ON c.id = r.client_id
       LEFT JOIN activity_type a ON a.code = r.activity_code
       LEFT JOIN funding f ON f.id = r.funding_id
       WHERE r.date >= ? AND r.date <= ? AND r.deleted = 0
         AND NOT EXISTS (SELECT 1 FROM registration n WHERE n.id = r.id AND n.version > r.version)`,
    )
    .all(from, to) as (Omit<TotalsRow, 'clientName'> & { voornaam: string | null; tussenvoegsel: string | null; achternaam: string | null })[];
  return rows.map(({ voornaam, tussenvoegsel, achternaam, ...r }) => ({ ...r, clientName: achternaam ? displayName({ voornaam, tussenvoegsel, achternaam }) : null }));
}

function keyOf(groupBy: string, r: TotalsRow): [string, string] {
  switch (groupBy) {
    case 'day':
      return [r.date, r.date];
    case 'week':
      return [isoWeek(r.date), `Week ${Number(isoWeek(r.date).slice(6))} (${isoWeek(r.date).slice(0, 4)})`];
    case 'month':
      return [r.date.slice(0, 7), r.date.slice(0, 7)];
    case 'client':
      return [r.clientId ?? '', r.clientName ?? 'Zonder cliënt'];
    case 'law':
      return r.law ? [r.law, LAW_LABEL[r.law] ?? r.law] : [`basis:${r.basis}`, BASIS_LABEL[r.basis]!];
    case 'activity':
      return [r.activityCode, r.activityName];
    default:
      return [r.basis, BASIS_LABEL[r.basis]!];
  }
}

