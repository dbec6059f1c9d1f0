import { request } from 'node:http';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { fixedClock } from '../../electron/core/clock';
import { silentLogger } from '../../electron/core/logger';
import { isOwnOrigin, startBrowserServer, type RunningServer } from '../../electron/core/server/browser-server';
import { createWorkspaceHost, type WorkspaceHost } from '../../electron/core/workspaces';
import { useTempDirs } from '../support/temp';

const tempDir = useTempDirs();
const TOKEN = 'test-token-123';
let running: { server: RunningServer; host: WorkspaceHost } | null = null;

afterEach(async () => {
  await running?.server.close();
  running?.host.close();
  running = null;
});

async function start() {
  const staticDir = join(tempDir(), 'static');
  mkdirSync(staticDir);
  writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>Schotvrij</title>');
  const host = createWorkspaceHost({ dataDir: tempDir(), mode: 'test', clock: fixedClock(Date.UTC(2026, 10, 23), 1) });
  const server = await startBrowserServer({ host, port: 0, token: TOKEN, staticDir, logger: silentLogger, testHooks: { reset: async () => host.wipeForTests() } });
  running = { server, host };
  return server;
}

interface Res {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

function http(server: RunningServer, method: string, path: string, opts: { headers?: Record<string, string>; body?: string } = {}): Promise<Res> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: server.port, method, path, headers: { host: `127.0.0.1:${server.port}`, ...opts.headers } }, (res) => {
      let body = '';
      res.on('data', (d: Buffer) => (body += d.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    if (opts.body !== undefined) req.write(opts.body);
    req.end();
  });
}

const json = { 'content-type': 'application/json' };
const bearer = { authorization: `Bearer ${TOKEN}` };

describe('browser-mode server', () => {
  it('exchanges the launch token for an HttpOnly SameSite=Strict cookie, then serves the app', async () => {
    const s = await start();
    expect((await http(s, 'GET', '/')).status).toBe(401);
    expect((await http(s, 'GET', '/?token=wrong')).status).toBe(401);
    const login = await http(s, 'GET', `/?token=${TOKEN}`);
    expect(login.status).toBe(303);
    const cookie = String(login.headers['set-cookie']);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    const page = await http(s, 'GET', '/', { headers: { cookie: cookie.split(';')[0]! } });
    expect(page.status).toBe(200);
    expect(page.body).toContain('Schotvrij');
    expect(page.headers['content-security-policy']).toMatch(/script-src 'self'/);
  });

  it('answers RPC with the typed Result, and errors as data', async () => {
    const s = await start();
    const status = await http(s, 'POST', '/rpc/workspace.status', { headers: { ...json, ...bearer }, body: '{}' });
    expect(JSON.parse(status.body)).toMatchObject({ ok: true, value: { mode: 'test', active: null } });
    const unknown = await http(s, 'POST', '/rpc/clients.nuke', { headers: { ...json, ...bearer }, body: '{}' });
    expect(JSON.parse(unknown.body)).toMatchObject({ ok: false, error: { code: 'UNKNOWN_METHOD' } });
    const malformed = await http(s, 'POST', '/rpc/clients.create', { headers: { ...json, ...bearer }, body: '{"achternaam":' });
    expect(malformed.status).toBe(400);
    expect(JSON.parse(malformed.body)).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });

  it('refuses other hosts (DNS rebinding), other origins (CSRF), non-JSON bodies and no auth', async () => {
    const s = await start();
    expect((await http(s, 'POST', '/rpc/workspace.status', { headers: { ...json, ...bearer, host: 'evil.example:80' }, body: '{}' })).status).toBe(403);
    expect((await http(s, 'POST', '/rpc/workspace.status', { headers: { ...json, ...bearer, origin: 'http://evil.example' }, body: '{}' })).status).toBe(403);
    expect((await http(s, 'POST', '/rpc/workspace.status', { headers: { 'content-type': 'text/plain', ...bearer }, body: '{}' })).status).toBe(415);
    expect((await http(s, 'POST', '/rpc/workspace.status', { headers: json, body: '{}' })).status).toBe(401);
    expect((await http(s, 'GET', '/..%2f..%2fetc%2fpasswd', { headers: bearer })).status).toBe(404);
  });

  it('streams change events to the page after a committed write', async () => {
    const s = await start();
    await http(s, 'POST', '/rpc/workspace.openDemo', { headers: { ...json, ...bearer }, body: '{}' });
    const events: string[] = [];
    const sse = await new Promise<import('node:http').IncomingMessage>((resolve) => {
      request({ host: '127.0.0.1', port: s.port, path: '/events', headers: { host: `127.0.0.1:${s.port}`, ...bearer } }, resolve).end();
    });
    sse.on('data', (d: Buffer) => events.push(d.toString()));
    await http(s, 'POST', '/rpc/clients.create', { headers: { ...json, ...bearer }, body: JSON.stringify({ achternaam: 'Event', geboortedatum: '1950-01-01' }) });
    await new Promise((r) => setTimeout(r, 100));
    sse.destroy();
    expect(events.join('')).toContain('data: {"type":"changed","tables":["client"]}');
  });

  it('isOwnOrigin accepts only our loopback host and origin', () => {
    expect(isOwnOrigin('127.0.0.1:5199', undefined, 5199)).toBe(true);
    expect(isOwnOrigin('localhost:5199', 'http://localhost:5199', 5199)).toBe(true);
    expect(isOwnOrigin('127.0.0.1:5199', 'http://127.0.0.1:5200', 5199)).toBe(false);
    expect(isOwnOrigin('127.0.0.1.evil.com:5199', undefined, 5199)).toBe(false);
    expect(isOwnOrigin(undefined, undefined, 5199)).toBe(false);
    expect(isOwnOrigin('127.0.0.1:5199', 'null', 5199)).toBe(false);
  });
});
