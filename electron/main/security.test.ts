import { join, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  APP_ENTRY_URL,
  CSP,
  appResponseHeaders,
  externalUrl,
  isAllowedExternalUrl,
  isTrustedUrl,
  mimeType,
  navigationDecision,
  permissionDecision,
  resolveAppFile,
  secureWebPreferences,
  windowOpenDecision,
} from './security';

describe('isTrustedUrl', () => {
  it.each([APP_ENTRY_URL, 'app://schotvrij/', 'app://schotvrij/clienten/123', 'app://schotvrij/assets/index-abc.js', 'app://schotvrij/?tab=plan#top'])(
    'trusts our packaged renderer: %s',
    (url) => expect(isTrustedUrl(url)).toBe(true),
  );

  it.each([
    // other schemes
    'file:///C:/Program%20Files/Schotvrij/resources/app.asar/dist/renderer/index.html',
    'file:///etc/passwd',
    'http://schotvrij/',
    'https://schotvrij/',
    'http://127.0.0.1:5199/',
    'http://localhost:5173/',
    'https://www.nza.nl/',
    'javascript:alert(1)',
    'javascript://schotvrij/%0aalert(1)',
    'data:text/html,<script>alert(1)</script>',
    'blob:app://schotvrij/123e4567-e89b-12d3-a456-426614174000',
    'devtools://devtools/bundled/inspector.html',
    'chrome://settings',
    'about:blank',
    'view-source:app://schotvrij/',
    'filesystem:app://schotvrij/temporary/x',
    // look-alike hosts and origins
    'app://schotvrij.evil.com/',
    'app://schotvrij-evil/',
    'app://evilschotvrij/',
    'app://schotvrij./',
    'app://SCHOTVRIJ/',
    'app://xn--schotvrj-l0a/',
    'apps://schotvrij/',
    'APP://schotvrij/',
    'app:schotvrij/',
    'app:/schotvrij/',
    'app:///schotvrij/',
    // userinfo and port tricks
    'app://schotvrij@evil.com/',
    'app://evil.com@schotvrij/',
    'app://schotvrij:x@schotvrij/',
    'app://schotvrij:8080/',
    'app://schotvrij:/',
    // crafted spellings Chromium would never hand us
    ' app://schotvrij/',
    'app://schotvrij/\n',
    '\tapp://schotvrij/',
    'app://schotvrij\\@evil.com/',
    'app:\\\\schotvrij/',
    'app://schotvrij',
    '',
    'schotvrij',
    '/index.html',
  ])('rejects %j', (url) => expect(isTrustedUrl(url)).toBe(false));

  it('rejects non-strings and absurd lengths', () => {
    for (const v of [undefined, null, 42, {}, ['app://schotvrij/'], { href: 'app://schotvrij/' }]) expect(isTrustedUrl(v)).toBe(false);
    expect(isTrustedUrl(`app://schotvrij/${'a'.repeat(9000)}`)).toBe(false);
  });
});

describe('external links', () => {
  it.each(['https://www.nza.nl/', 'https://www.nza.nl/regelgeving/', 'https://www.istandaarden.nl/iwmo?x=1#y'])('allows %s', (url) => {
    expect(isAllowedExternalUrl(url)).toBe(true);
  });

  it.each([
    'http://www.nza.nl/',
    'https://nza.nl.evil.com/',
    'https://www.nza.nl.evil.com/',
    'https://evil.com/www.nza.nl',
    'https://evil.com/?https://www.nza.nl/',
    'https://www.nza.nl@evil.com/',
    'https://evil.com@www.nza.nl/',
    'https://www.nza.nl:444/',
    'https://wwwnza.nl/',
    'https://www.nza.nl\\@evil.com/',
    ' https://www.nza.nl/',
    'file:///C:/Windows/System32/calc.exe',
    'smb://www.nza.nl/share',
    'ms-msdt:/id PCWDiagnostic',
    'javascript:https://www.nza.nl/',
    'app://schotvrij/',
    '',
  ])('refuses %j', (url) => expect(isAllowedExternalUrl(url)).toBe(false));

  it('hands the OS the re-serialised URL, not the raw string', () => {
    expect(externalUrl('https://WWW.NZA.NL/a/../b')).toBe('https://www.nza.nl/b');
  });
});

describe('navigation and window.open', () => {
  it('allows in-app navigation only', () => {
    expect(navigationDecision('app://schotvrij/clienten')).toEqual({ allow: true });
    expect(navigationDecision('https://evil.example/')).toEqual({ allow: false, openExternal: null });
    expect(navigationDecision('file:///etc/passwd')).toEqual({ allow: false, openExternal: null });
  });

  it('sends allowlisted sites to the OS browser instead of navigating', () => {
    expect(navigationDecision('https://www.nza.nl/')).toEqual({ allow: false, openExternal: 'https://www.nza.nl/' });
  });

  it('never opens a second Electron window, not even for our own URL', () => {
    expect(windowOpenDecision('app://schotvrij/')).toEqual({ action: 'deny', openExternal: null });
    expect(windowOpenDecision('https://evil.example/')).toEqual({ action: 'deny', openExternal: null });
    expect(windowOpenDecision('https://www.istandaarden.nl/')).toEqual({ action: 'deny', openExternal: 'https://www.istandaarden.nl/' });
  });
});

describe('permissions', () => {
  it.each([
    'media',
    'geolocation',
    'notifications',
    'midi',
    'midiSysex',
    'pointerLock',
    'fullscreen',
    'openExternal',
    'clipboard-read',
    'clipboard-sanitized-write',
    'display-capture',
    'hid',
    'serial',
    'usb',
    'idle-detection',
    'window-management',
    'storage-access',
    'unknown',
    '',
    '__proto__',
    'hasOwnProperty',
  ])('denies %j', (p) => expect(permissionDecision(p)).toBe(false));
});

describe('CSP', () => {
  const directives = new Map(CSP.split(';').map((d) => { const [name = '', ...values] = d.trim().split(/\s+/); return [name, values] as const; }));

  it('allows scripts only from our own origin, never eval or inline', () => {
    expect(directives.get('default-src')).toEqual(["'self'"]);
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(CSP).not.toMatch(/unsafe-eval|wasm-unsafe-eval|strict-dynamic|\*/);
    expect(directives.get('script-src')).not.toContain("'unsafe-inline'");
  });

  it('shuts plugins, base rewriting and framing', () => {
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(directives.get('base-uri')).toEqual(["'none'"]);
    expect(directives.get('frame-ancestors')).toEqual(["'none'"]);
  });

  it('has no remote source anywhere', () => {
    expect(CSP).not.toMatch(/https?:|wss?:|file:/);
  });

  it('travels on every app:// response with nosniff', () => {
    const h = appResponseHeaders('/x/index.html');
    expect(h['Content-Security-Policy']).toBe(CSP);
    expect(h['X-Content-Type-Options']).toBe('nosniff');
    expect(h['Content-Type']).toBe('text/html; charset=utf-8');
    expect(mimeType('/x/a.JS')).toBe('text/javascript; charset=utf-8');
    expect(mimeType('/x/a.exe')).toBe('application/octet-stream');
  });
});

describe('secureWebPreferences', () => {
  it('keeps every checklist item on, in production and development', () => {
    for (const isDev of [false, true]) {
      const p = secureWebPreferences('/app/dist/electron/preload.cjs', isDev);
      expect(p).toMatchObject({
        preload: '/app/dist/electron/preload.cjs',
        contextIsolation: true,
        sandbox: true,
        nodeIntegration: false,
        nodeIntegrationInWorker: false,
        nodeIntegrationInSubFrames: false,
        webSecurity: true,
        allowRunningInsecureContent: false,
        webviewTag: false,
        spellcheck: false,
      });
      expect(p.devTools).toBe(isDev);
    }
  });
});

describe('resolveAppFile', () => {
  const root = join(sep === '/' ? '/opt' : 'C:\\Program Files', 'Schotvrij', 'resources', 'app.asar', 'dist', 'renderer');

  it('serves files inside the renderer folder', () => {
    expect(resolveAppFile('app://schotvrij/index.html', root)).toBe(join(root, 'index.html'));
    expect(resolveAppFile('app://schotvrij/assets/index-abc.js', root)).toBe(join(root, 'assets', 'index-abc.js'));
    expect(resolveAppFile('app://schotvrij/assets/font%20a.woff2', root)).toBe(join(root, 'assets', 'font a.woff2'));
  });

  it('answers client-side routes with the app shell', () => {
    expect(resolveAppFile('app://schotvrij/', root)).toBe(join(root, 'index.html'));
    expect(resolveAppFile('app://schotvrij/clienten/0190a1b2', root)).toBe(join(root, 'index.html'));
  });

  it('clamps dot segments at the root, as the URL parser does', () => {
    // %2e%2e is a ".." segment to the URL parser, which stops at the origin's root.
    expect(resolveAppFile('app://schotvrij/%2e%2e/%2e%2e/eigen.sqlite', root)).toBe(join(root, 'eigen.sqlite'));
    expect(resolveAppFile('app://schotvrij/assets/../index.html', root)).toBe(join(root, 'index.html'));
  });

  it.each([
    'app://schotvrij/..%2f..%2f..%2fetc%2fpasswd',
    'app://schotvrij/..%2f..%2f..%2fetc%2fpasswd.txt',
    'app://schotvrij/assets%2f..%2f..%2f..%2fsecret.json',
    'app://schotvrij/assets/..%2f..%2f..%2fpackage.json',
    'app://schotvrij/%2e%2e%5c%2e%2e%5cwindows%5cwin.ini',
    'app://schotvrij/a%00.js',
    'app://schotvrij/%E0%A4%A',
    'app://evil/index.html',
    'file:///etc/passwd',
    'https://www.nza.nl/index.html',
  ])('refuses to escape or impersonate: %s', (url) => {
    expect(resolveAppFile(url, root)).toBeNull();
  });

  it('does not treat a sibling folder with the same prefix as inside', () => {
    // "renderer-old" starts with "renderer"; a plain prefix test would let it through.
    expect(resolveAppFile('app://schotvrij/..%2frenderer-old%2fx.js', root)).toBeNull();
  });
});
