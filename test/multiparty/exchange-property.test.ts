import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { instantOf } from '../../shared/domain/time';
import { casemanagerLaptop, kassier, settableClock, trustLaptop } from '../support/exchange';
import { useTempDirs } from '../support/temp';

const tempDir = useTempDirs();

type Op =
  | { t: 'create'; client: number; month: 10 | 11; day: number; minutes: number }
  | { t: 'update'; pick: number; minutes: number; day: number }
  | { t: 'remove'; pick: number }
  | { t: 'export'; month: 10 | 11 };

const op: fc.Arbitrary<Op> = fc.oneof(
  { weight: 5, arbitrary: fc.record({ t: fc.constant('create' as const), client: fc.integer({ min: 0, max: 2 }), month: fc.constantFrom(10 as const, 11 as const), day: fc.integer({ min: 1, max: 23 }), minutes: fc.integer({ min: 1, max: 240 }) }) },
  { weight: 2, arbitrary: fc.record({ t: fc.constant('update' as const), pick: fc.nat(), minutes: fc.integer({ min: 1, max: 240 }), day: fc.integer({ min: 1, max: 23 }) }) },
  { weight: 1, arbitrary: fc.record({ t: fc.constant('remove' as const), pick: fc.nat() }) },
  { weight: 2, arbitrary: fc.record({ t: fc.constant('export' as const), month: fc.constantFrom(10 as const, 11 as const) }) },
);

const day2 = (n: number) => String(n).padStart(2, '0');

describe('property: the kassier always ends with the source totals', () => {
  it('for random histories with corrections and removals, any import order, any number of re-imports', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(op, { minLength: 1, maxLength: 25 }), fc.array(fc.integer(), { minLength: 12, maxLength: 12 }), fc.array(fc.boolean(), { minLength: 12, maxLength: 12 }), async (ops, order, again) => {
        const dir = tempDir();
        const clock = settableClock(instantOf('2026-11-23', 12));
        const laptop = casemanagerLaptop(dir, 'src', { agb: '01000001', seed: 3, clock });
        const k = kassier(dir, 'k', { clock, members: [laptop.agb] });
        await trustLaptop(k, laptop);
        const ids: { id: string; client: number; month: number }[] = [];
        const bundles: { fileName: string; base64: string }[] = [];
        const tryExport = async (month: number) => {
          const r = await laptop.core.call('export.registrations', { period: `2026-${month}` }).catch(() => null);
          if (r) bundles.push({ fileName: r.batch.fileName, base64: r.base64 });
        };
        for (const o of ops) {
          if (o.t === 'create') {
            const r = await laptop.core.call('registrations.create', { date: `2026-${o.month}-${day2(o.day)}`, minutes: o.minutes, clientId: laptop.clients[o.client]!, activityCode: 'direct' });
            ids.push({ id: r.id, client: o.client, month: o.month });
          } else if (o.t === 'update' && ids.length) {
            const x = ids[o.pick % ids.length]!;
            await laptop.core
              .call('registrations.update', { id: x.id, fields: { date: `2026-${x.month}-${day2(o.day)}`, minutes: o.minutes, clientId: laptop.clients[x.client]!, activityCode: 'direct' }, correctionReason: 'correctie' })
              .catch(() => null); // a removed one cannot be updated: fine
          } else if (o.t === 'remove' && ids.length) {
            await laptop.core.call('registrations.remove', { id: ids[o.pick % ids.length]!.id, correctionReason: 'vervallen' }).catch(() => null);
          } else if (o.t === 'export') {
            await tryExport(o.month);
          }
        }
        // Everything still pending travels too, so both sides know the same facts.
        await tryExport(10);
        await tryExport(11);

        // Import in a shuffled order, some bundles twice.
        const shuffled = bundles.map((b, i) => ({ b, key: order[i % order.length]! + i * 1e-9 })).sort((x, y) => x.key - y.key);
        for (const [i, { b }] of shuffled.entries()) {
          const first = await k.call('import.bundle', b);
          expect(first.status).toBe('accepted');
          if (again[i % again.length]) expect((await k.call('import.bundle', b)).status).toBe('duplicate');
        }

        for (const groupBy of ['client', 'law', 'month'] as const) {
          const source = Object.fromEntries((await laptop.core.call('registrations.totals', { from: '2026-01-01', to: '2026-12-31', groupBy })).map((g) => [g.key, g.minutes]));
          const got = Object.fromEntries((await k.call('kassier.totals', { from: '2026-01-01', to: '2026-12-31', groupBy })).map((g) => [g.key, g.minutes]));
          expect(got, groupBy).toEqual(source);
        }
        laptop.core.close();
        k.close();
      }),
      { numRuns: 40 },
    );
  }, 180_000);
});

