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
/** The last stored text and what it parsed to: a save reads the settings (attribution rules) every time. */
let memo: { text: string; value: Settings } | null = null;

export function getSettings(ctx: Pick<CoreContext, 'orm'>): Settings {
  const row = ctx.orm.select({ value: setting.value }).from(setting).where(eq(setting.key, KEY)).get();
  if (!row) return DEFAULT_SETTINGS;
  if (memo?.text === row.value) return memo.value;
  let raw: unknown = null;
  try {
    raw = JSON.parse(row.value);
  } catch {
    // unreadable: defaults below
  }
  const parsed = Settings.partial().safeParse(raw);
  // Frozen: the memo is shared by every caller (and every core in this process).
  const value = deepFreeze({ ...DEFAULT_SETTINGS, ...(parsed.success ? parsed.data : {}) });
  memo = { text: row.value, value };
  return value;
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

function deepFreeze<T>(v: T): T {
  if (v && typeof v === 'object' && !Object.isFrozen(v)) {
    Object.freeze(v);
    for (const x of Object.values(v as Record<string, unknown>)) deepFreeze(x);
  }
  return v;
}
