import { strToU8 } from 'fflate';
import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { parseCsv, toCsv } from './bundle';

describe('bundle CSV', () => {
  it('the fast path agrees with a full RFC 4180 parser, quotes and newlines included', () => {
    const cell = fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom('a,b', 'zei "ja"', 'regel\nnieuw', '', 'ëén'), fc.integer().map(String));
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 3, maxLength: 3 }), { maxLength: 20 }), (rows) => {
        const csv = toCsv(['a', 'b', 'c'], rows);
        const ours = parseCsv(strToU8(csv));
        const [header, ...theirs] = Papa.parse<string[]>(csv, { skipEmptyLines: true }).data;
        expect(ours.header).toEqual(header);
        expect(ours.rows).toEqual(theirs);
      }),
      { numRuns: 500 },
    );
  });
});
