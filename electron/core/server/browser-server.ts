/**
 * Browser mode: the same core, served to a normal browser on 127.0.0.1.
 *
 * Used when Electron cannot start (this build machine) and by the end-to-end tests.
 * Security model — this serves health data, so it is treated like a local server
 * that hostile web pages will probe:
 * - binds to 127.0.0.1 only;
 * - a per-launch random token must be presented once (`/?token=…`, printed in the
 *   terminal); it is exchanged for an HttpOnly, SameSite=Strict session cookie;
 *   RPC also accepts `Authorization: Bearer <token>`;
 * - the Host header must be our loopback address (defeats DNS rebinding) and any
 *   Origin must be our own (defeats cross-site requests);
 * - RPC bodies must be JSON (application/json forces a CORS preflight we never answer);
 * - strict CSP and no-store on every response.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { timingSafeEqual } from 'node:crypto';
import { SESSION_COOKIE } from '../../../shared/contract/bridge';
import type { CoreEvent, Result } from '../../../shared/contract/index';
import type { Logger } from '../logger';

export interface RpcHost {
  dispatch(method: string, input: unknown): Promise<Result<unknown>>;
  onEvent(listener: (e: CoreEvent) => void): () => void;
}

export interface BrowserServerOptions {
  host: RpcHost;
  port: number;
  token: string;
  /** Folder with the built renderer (dist/renderer). */
  staticDir: string;
  logger: Logger;
  /** Test hooks (POST /__test/reset). Only for the end-to-end test host. */
  testHooks?: { reset(): Promise<void> };
  maxBodyBytes?: number;
}

export interface RunningServer {
  url: string;
  /** The URL a person opens: carries the token once. */
  loginUrl: string;
  port: number;
  close(): Promise<void>;
}

export const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.json': 'application/json; charset=utf-8',
};

function safeEqual(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

function cookieValue(req: IncomingMessage, name: string): string | null {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [k, ...v] = part.trim().split('=');
    if (k === name) return v.join('=');
  }
  return null;
}

function send(res: ServerResponse, status: number, body: string | Buffer, type = 'text/plain; charset=utf-8', extra: Record<string, string> = {}): void {
  res.writeHead(status, {
    'Content-Type': type,
    'Cache-Control': 'no-store',
    'Content-Security-Policy': CSP,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cross-Origin-Resource-Policy': 'same-origin',
    ...extra,
  });
  res.end(body);
}

async function readBody(req: IncomingMessage, max: number): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > max) throw new Error('body too large');
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** Pure request policy, unit-tested: is this Host/Origin pair ours? */
export function isOwnOrigin(hostHeader: string | undefined, originHeader: string | undefined, port: number): boolean {
  const allowedHosts = [`127.0.0.1:${port}`, `localhost:${port}`];
  if (!hostHeader || !allowedHosts.includes(hostHeader)) return false;
  if (originHeader === undefined) return true;
  return allowedHosts.some((h) => originHeader === `http://${h}`);
}

export async function startBrowserServer(opts: BrowserServerOptions): Promise<RunningServer> {
  const maxBody = opts.maxBodyBytes ?? 64 * 1024 * 1024;
  const sseClients = new Set<ServerResponse>();
  const unsubscribe = opts.host.onEvent((e) => {
    const line = `data: ${JSON.stringify(e)}\n\n`;
    for (const res of sseClients) res.write(line);
  });
  let port = opts.port;

  const authed = (req: IncomingMessage): boolean => {
    const bearer = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1];
    const cookie = cookieValue(req, SESSION_COOKIE);
    return (bearer !== undefined && safeEqual(bearer, opts.token)) || (cookie !== null && safeEqual(cookie, opts.token));
  };

  const server: Server = createServer((req, res) => {
    void handle(req, res).catch((e) => {
      opts.logger.error('browser server request failed', { error: String(e) });
      if (!res.headersSent) send(res, 500, 'Interne fout');
      else res.end();
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (!isOwnOrigin(req.headers.host, req.headers.origin as string | undefined, port)) {
      return send(res, 403, 'Verboden: onbekende herkomst.');
    }
    const url = new URL(req.url ?? '/', `http://127.0.0.1:${port}`);

    if (req.method === 'POST' && url.pathname.startsWith('/rpc/')) {
      if (!authed(req)) return send(res, 401, JSON.stringify({ ok: false, error: { code: 'FORBIDDEN', message: 'Niet aangemeld bij deze Schotvrij-sessie.' } }), 'application/json; charset=utf-8');
      if (!(req.headers['content-type'] ?? '').startsWith('application/json')) return send(res, 415, 'Alleen JSON.');
      const method = decodeURIComponent(url.pathname.slice('/rpc/'.length));
      let input: unknown;
      try {
        const body = await readBody(req, maxBody);
        input = body.length ? JSON.parse(body) : undefined;
      } catch {
        const bad: Result<never> = { ok: false, error: { code: 'VALIDATION', message: 'Het verzoek is geen geldige JSON.' } };
        return send(res, 400, JSON.stringify(bad), 'application/json; charset=utf-8');
      }
      const result = await opts.host.dispatch(method, input);
      return send(res, 200, JSON.stringify(result), 'application/json; charset=utf-8');
    }

    if (req.method === 'GET' && url.pathname === '/events') {
      if (!authed(req)) return send(res, 401, 'Niet aangemeld.');
      res.writeHead(200, { 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-store', Connection: 'keep-alive' });
      res.write(': verbonden\n\n');
      sseClients.add(res);
      req.on('close', () => sseClients.delete(res));
      return;
    }

    if (req.method === 'POST' && url.pathname === '/__test/reset' && opts.testHooks) {
      if (!authed(req)) return send(res, 401, 'Niet aangemeld.');
      await opts.testHooks.reset();
      return send(res, 200, '{"ok":true}', 'application/json; charset=utf-8');
    }

    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'Niet toegestaan.');

    // First visit with the token from the terminal: exchange it for a session cookie.
    const token = url.searchParams.get('token');
    if (token !== null) {
      if (!safeEqual(token, opts.token)) return send(res, 401, 'Deze link is niet (meer) geldig. Gebruik de link die Schotvrij in de terminal toont.');
      return send(res, 303, '', 'text/plain', {
        Location: '/',
        'Set-Cookie': `${SESSION_COOKIE}=${opts.token}; HttpOnly; SameSite=Strict; Path=/`,
      });
    }
    if (!authed(req)) {
      return send(res, 401, 'Open Schotvrij via de link die in de terminal staat (met ?token=…).');
    }

    const rel = url.pathname === '/' ? 'index.html' : decodeURIComponent(url.pathname.slice(1));
    const file = normalize(join(opts.staticDir, rel));
    if (!file.startsWith(normalize(opts.staticDir) + sep)) return send(res, 404, 'Niet gevonden.');
    try {
      const data = await readFile(file);
      return send(res, 200, data, MIME[extname(file)] ?? 'application/octet-stream');
    } catch {
      // Client-side routes fall back to the app shell.
      if (!extname(rel)) {
        const index = await readFile(join(opts.staticDir, 'index.html'));
        return send(res, 200, index, MIME['.html']);
      }
      return send(res, 404, 'Niet gevonden.');
    }
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port, '127.0.0.1', () => resolve());
  });
  const addr = server.address();
  if (addr && typeof addr === 'object') port = addr.port;
  const base = `http://127.0.0.1:${port}`;
  return {
    url: base,
    loginUrl: `${base}/?token=${opts.token}`,
    port,
    async close() {
      unsubscribe();
      for (const res of sseClients) res.end();
      sseClients.clear();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
