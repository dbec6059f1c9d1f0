/**
 * Every trust decision of the Electron shell, as pure functions (architecture.md §8).
 *
 * IMPORTANT: this module must never import `electron` — not even for types. It is the
 * part of the shell we can prove in plain Node (toolchain trap 4), so the decisions
 * live here and index.ts/window.ts only wire them to Electron's hooks.
 */
import { extname, join, resolve, sep } from 'node:path';

export const APP_SCHEME = 'app';
export const APP_HOST = 'schotvrij';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/**
 * Same policy as browser mode (electron/core/server/browser-server.ts), so the one
 * renderer build behaves identically on both transports. 'unsafe-inline' is for
 * styles only (React style props); scripts come only from our own packaged files.
 */
export const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";

/** External sites the app may hand to the OS browser (shell.openExternal); https only. */
export const EXTERNAL_ALLOWLIST: readonly string[] = ['www.nza.nl', 'www.istandaarden.nl'];

/**
 * Raw strings first: Chromium hands us canonical URLs, so anything with whitespace,
 * control characters or backslashes was crafted, and WHATWG parsing would silently
 * "repair" it into something that passes.
 */
function parseStrict(raw: unknown): URL | null {
  if (typeof raw !== 'string' || raw.length === 0 || raw.length > 8192) return null;
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (c <= 0x20 || c === 0x7f || c === 0x5c /* backslash */) return null;
  }
  try {
    return new URL(raw);
  } catch {
    return null;
  }
}

/** Only our packaged renderer, served by our own protocol handler, is trusted. */
export function isTrustedUrl(raw: unknown): boolean {
  const url = parseStrict(raw);
  if (!url) return false;
  // The prefix check pins the exact, lower-case spelling; the field checks catch
  // userinfo (`app://x@schotvrij/`), ports and look-alike hosts that share the prefix.
  return (
    (raw as string).startsWith(`${APP_ORIGIN}/`) &&
    url.protocol === `${APP_SCHEME}:` &&
    url.hostname === APP_HOST &&
    url.host === APP_HOST &&
    url.username === '' &&
    url.password === '' &&
    url.port === ''
  );
}

/** The normalised https URL to open in the OS browser, or null when it is not allowlisted. */
export function externalUrl(raw: unknown): string | null {
  const url = parseStrict(raw);
  if (!url) return null;
  if (url.protocol !== 'https:' || url.username !== '' || url.password !== '' || url.port !== '') return null;
  if (!EXTERNAL_ALLOWLIST.includes(url.hostname)) return null;
  // Hand the OS the re-serialised URL, never the raw string: the OS URL handler may
  // parse the raw string differently from the WHATWG parser that approved it.
  return url.href;
}

export function isAllowedExternalUrl(raw: unknown): boolean {
  return externalUrl(raw) !== null;
}

export type NavigationDecision = { allow: true } | { allow: false; openExternal: string | null };

/** `will-navigate` / `will-redirect`: stay inside the app; allowlisted sites go to the OS browser. */
export function navigationDecision(raw: unknown): NavigationDecision {
  if (isTrustedUrl(raw)) return { allow: true };
  return { allow: false, openExternal: externalUrl(raw) };
}

/**
 * `setWindowOpenHandler`: never a second Electron window. A second window would be
 * a second renderer with our preload, for a URL we did not choose.
 */
export function windowOpenDecision(raw: unknown): { action: 'deny'; openExternal: string | null } {
  return { action: 'deny', openExternal: externalUrl(raw) };
}

/**
 * Permissions (camera, microphone, geolocation, notifications, clipboard read, …).
 * The app uses none; health data on a laptop is no place for a permission prompt a
 * hostile script could trigger. Add a name here only with a feature that needs it.
 */
const GRANTED_PERMISSIONS: ReadonlySet<string> = new Set<string>();

export function permissionDecision(permission: string): boolean {
  return GRANTED_PERMISSIONS.has(permission);
}

/**
 * Renderer settings. Each line is an item of Electron's security checklist; the
 * preload gets no Node (sandbox) and talks to the page only via contextBridge.
 */
export function secureWebPreferences(preload: string, isDev: boolean) {
  return {
    preload,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    experimentalFeatures: false,
    navigateOnDragDrop: false,
    safeDialogs: true,
    // Offline-first: Chromium's spellchecker fetches dictionaries from Google's CDN on
    // Linux/Windows, and it would underline every client name and diagnosis anyway.
    spellcheck: false,
    devTools: isDev,
  } as const;
}

const MIME: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

export function mimeType(file: string): string {
  return MIME[extname(file).toLowerCase()] ?? 'application/octet-stream';
}

/** Headers on every app:// response: the CSP travels with the document, not only in a meta tag. */
export function appResponseHeaders(file: string): Record<string, string> {
  return {
    'Content-Type': mimeType(file),
    'Content-Security-Policy': CSP,
    'X-Content-Type-Options': 'nosniff',
    'Cache-Control': 'no-store',
  };
}

/**
 * Maps an app:// request URL to a file inside the renderer folder, or null.
 * The renderer folder is the whole universe of the scheme: a path that escapes it
 * (`..`, encoded `%2e%2e%2f`, absolute paths, NUL bytes) must not resolve, or a
 * compromised page could read the user's database through its own origin.
 * Extension-less paths are client-side routes and get the app shell.
 */
export function resolveAppFile(rawUrl: string, rendererDir: string): string | null {
  if (!isTrustedUrl(rawUrl)) return null;
  let rel: string;
  try {
    rel = decodeURIComponent(new URL(rawUrl).pathname);
  } catch {
    return null;
  }
  if (rel.includes('\0') || rel.includes('\\')) return null;
  const root = resolve(rendererDir);
  const file = resolve(root, rel.replace(/^\/+/, ''));
  // Containment first, route fallback second: an escaping path is refused, not
  // quietly answered with the app shell.
  if (file !== root && !file.startsWith(root + sep)) return null;
  return file === root || !extname(file) ? join(root, 'index.html') : file;
}
