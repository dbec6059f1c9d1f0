import { describe, expect, it } from 'vitest';
import type { AuditEntry, Output } from '../../../../shared/contract/index';
import { AUDIT_PAGE, AuditLogCache, type AuditQuery } from './audit-log';

const entry = (seq: number): AuditEntry => ({
  seq,
  at: seq * 1000,
  event: 'read',
  action: 'clients.dossier',
  clientId: 'c1',
  user: 'Fatima',
  onBehalfOf: 'Thuiszorg De Linde',
  installationId: 'i1',
  objectType: 'client',
  objectId: 'c1',
});

/** A log of `size` lines that grows by `grow` lines at every request (reading the log is logged). */
function fakeLog(size: number, grow: number) {
  let newest = size;
  const calls: number[] = [];
  const fetch = async (_q: AuditQuery, offset: number, limit: number): Promise<Output<'audit.list'>> => {
    calls.push(offset);
    const all = Array.from({ length: newest }, (_, i) => entry(newest - i));
    const page = { rows: all.slice(offset, offset + limit), total: newest, offset };
    newest += grow;
    return page;
  };
  return { fetch, calls };
}

const settle = () => new Promise((r) => setTimeout(r, 0));

describe('AuditLogCache', () => {
  it('keeps the snapshot of the first answer although every request adds lines', async () => {
    const { fetch } = fakeLog(650, 3);
    const cache = new AuditLogCache({}, fetch);
    cache.want(0, 0);
    await settle();
    expect(cache.getSnapshot().total).toBe(650);
    cache.want(0, 649);
    for (let i = 0; i < 10; i++) await settle();
    expect(cache.has(650)).toBe(true);
    // Row i of the snapshot is seq 650 - i: nothing doubled, nothing skipped.
    for (let i = 0; i < 650; i++) expect(cache.row(i)?.seq).toBe(650 - i);
    expect(cache.row(650)).toBeUndefined();
  });

  it('jumps to a far page without loading the ones in between', async () => {
    const { fetch, calls } = fakeLog(5000, 1);
    const cache = new AuditLogCache({}, fetch);
    cache.want(0, 0);
    await settle();
    cache.want(4000, 4050);
    for (let i = 0; i < 5; i++) await settle();
    expect(calls).toHaveLength(2);
    expect(cache.row(4000)?.seq).toBe(1000);
    expect(cache.row(4050)?.seq).toBe(950);
    expect(cache.row(5 * AUDIT_PAGE)).toBeUndefined();
  });

  it('reports a failure and loads nothing more', async () => {
    const cache = new AuditLogCache({}, () => Promise.reject(new Error('weg')));
    cache.want(0, 0);
    await settle();
    expect(cache.getSnapshot().error).toMatch(/Er ging iets mis/);
    expect(cache.getSnapshot().total).toBeNull();
  });
});
