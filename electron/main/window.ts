/**
 * The one app window, and the navigation hooks every web contents gets. The
 * decisions themselves are pure functions in security.ts; this file only wires them.
 */
import { BrowserWindow, type WebContents } from 'electron';
import { APP_ENTRY_URL, navigationDecision, secureWebPreferences, windowOpenDecision } from './security';

export function createMainWindow(opts: { preload: string; isDev: boolean }): BrowserWindow {
  const win = new BrowserWindow({
    width: 1280,
    height: 820,
    minWidth: 900,
    minHeight: 600,
    title: 'Schotvrij',
    // Hidden until the first paint: no white flash, and no half-built screen a user
    // could click into before the app is ready (architecture.md §1.4).
    show: false,
    backgroundColor: '#ffffff',
    webPreferences: secureWebPreferences(opts.preload, opts.isDev),
  });
  win.once('ready-to-show', () => win.show());
  void win.loadURL(APP_ENTRY_URL);
  return win;
}

/**
 * Applied to EVERY web contents (app 'web-contents-created'), not just our window,
 * so nothing Electron creates later can navigate away or open windows unchecked.
 * A page that leaves app://schotvrij keeps our preload — and so the whole contract.
 */
export function hardenWebContents(contents: WebContents, openExternal: (url: string) => void): void {
  const guard = (event: { preventDefault(): void }, url: string) => {
    const decision = navigationDecision(url);
    if (decision.allow) return;
    event.preventDefault();
    if (decision.openExternal) openExternal(decision.openExternal);
  };
  contents.on('will-frame-navigate', (event) => guard(event, event.url));
  contents.on('will-redirect', (event) => guard(event, event.url));
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    const decision = windowOpenDecision(url);
    if (decision.openExternal) openExternal(decision.openExternal);
    return { action: decision.action };
  });
}
