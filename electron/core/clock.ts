/** Injected time source: tests and the demo generator run on a fixed clock. */
export interface Clock {
  /** Epoch ms, UTC. */
  now(): number;
}

export const systemClock: Clock = { now: () => Date.now() };

export function fixedClock(startMs: number, stepMs = 0): Clock {
  let t = startMs;
  return {
    now() {
      const v = t;
      t += stepMs;
      return v;
    },
  };
}
