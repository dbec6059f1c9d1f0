import { randomFillSync } from 'node:crypto';
import { v7 as uuidv7 } from 'uuid';
import type { Clock } from './clock';

/** Injected id source. Ids are UUIDv7: time-ordered, so inserts append to the B-tree. */
export interface Ids {
  newId(): string;
}

/** Production ids: the clock's ms plus random bits; monotonic within one ms. */
export function uuidV7Ids(clock: Clock): Ids {
  let lastMs = -1;
  let seq = 0;
  return {
    newId() {
      const ms = clock.now();
      // uuid's own monotonic sequence only applies to its internal clock; keep order
      // ourselves when several ids fall in the same millisecond (bulk inserts).
      seq = ms === lastMs ? seq + 1 : 0;
      lastMs = ms;
      const random = new Uint8Array(16);
      randomFillSync(random);
      return uuidv7({ msecs: ms, seq, random });
    },
  };
}

/**
 * Deterministic ids for the demo generator and tests: the same seed gives the same
 * ids, so installations generated from one seed share organisations, casemanagers
 * and clients — their bundles can later be exchanged.
 */
export function seededIds(seed: number, baseMs: number): Ids {
  let state = seed >>> 0 || 1;
  let n = 0;
  const next = () => {
    // xorshift32: tiny, deterministic, good enough for id entropy in fictional data.
    state ^= state << 13;
    state >>>= 0;
    state ^= state >>> 17;
    state ^= state << 5;
    state >>>= 0;
    return state;
  };
  return {
    newId() {
      const random = new Uint8Array(16);
      for (let i = 0; i < 16; i += 4) {
        const v = next();
        random[i] = v & 0xff;
        random[i + 1] = (v >>> 8) & 0xff;
        random[i + 2] = (v >>> 16) & 0xff;
        random[i + 3] = (v >>> 24) & 0xff;
      }
      return uuidv7({ msecs: baseMs + n++, seq: 0, random });
    },
  };
}
