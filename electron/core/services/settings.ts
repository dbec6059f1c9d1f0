import { eq } from 'drizzle-orm';
import { Settings } from '../../../shared/contract/index';
import { setting } from '../../../shared/schema/index';
import type { CoreContext } from '../context';

export const DEFAULT_SETTINGS: Settings = {
  vrijwilligersEerst: false,
  evaluatieTermijnMaanden: 6,
  attribution: { postAdmissionDays: 0, postAdmissionDaysByFunder: {}, nazorgDays: 42 },
  auditBewaarJaren: 20,
};
const KEY = 'settings';

/** Stored settings merged over the defaults; an unreadable stored value falls back to defaults. */
export function getSettings(ctx: Pick<CoreContext, 'orm'>): Settings {
  const row = ctx.orm.select().from(setting).where(eq(setting.key, KEY)).get();
  if (!row) return DEFAULT_SETTINGS;
  const parsed = Settings.partial().safeParse(JSON.parse(row.value));
  return { ...DEFAULT_SETTINGS, ...(parsed.success ? parsed.data : {}) };
}

export function updateSettings(ctx: Pick<CoreContext, 'orm' | 'clock'>, patch: Partial<Settings>): Settings {
  const next = { ...getSettings(ctx), ...patch };
  ctx.orm
    .insert(setting)
    .values({ key: KEY, value: JSON.stringify(next), updatedAt: ctx.clock.now() })
    .onConflictDoUpdate({ target: setting.key, set: { value: JSON.stringify(next), updatedAt: ctx.clock.now() } })
    .run();
  return next;
}
