/**
 * Electron main: lifecycle only. Window, menu, protocol, security hooks, and the
 * core in a utilityProcess — main never opens the database (architecture.md §0).
 * Every decision it makes is a pure function in security.ts, menu.ts, relay.ts or
 * platform.ts; this file is the wiring that only the release machine can run.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BrowserWindow, Menu, type UtilityProcess, app, dialog, ipcMain, powerMonitor, protocol, session, shell, utilityProcess } from 'electron';
import { IPC, type ToCore } from '../../shared/contract/bridge';
import { registerIpc, registerPrintIpc } from './ipc';
import { PDF_OPTIONS, handlePrint } from './print';
import { menuTemplate } from './menu';
import { CORE_CLOSE_TIMEOUT_MS, type CoreFailure, RESTART_BUTTON, coreArgs, coreFailureDialog, shellPaths } from './platform';
import { createRelay } from './relay';
import { APP_SCHEME, appResponseHeaders, externalUrl, isTrustedUrl, permissionDecision, resolveAppFile } from './security';
import { createMainWindow, hardenWebContents } from './window';

const isDev = !app.isPackaged;
const paths = shellPaths(dirname(fileURLToPath(import.meta.url)));

let core: UtilityProcess | null = null;
let mainWindow: BrowserWindow | null = null;
/** Set once quitting has asked the core to close: its exit is then expected, not a crash. */
let quitting = false;
let failureShown = false;

function openExternal(url: string): void {
  const safe = externalUrl(url);
  if (safe) void shell.openExternal(safe);
}

const relay = createRelay({
  isTrustedSender: isTrustedUrl,
  send(message) {
    if (!core) throw new Error('core process is not running');
    core.postMessage(message);
  },
  onFatal: (message) => void reportCoreFailure({ kind: 'fatal', message }),
});

// Core → UI change events go only to pages that are still our app.
relay.onEvent((event) => {
  for (const win of BrowserWindow.getAllWindows()) {
    if (isTrustedUrl(win.webContents.getURL())) win.webContents.send(IPC.event, event);
  }
});

async function reportCoreFailure(failure: CoreFailure): Promise<void> {
  if (failureShown || quitting) return;
  failureShown = true;
  const options = coreFailureDialog(failure);
  const { response } = mainWindow && !mainWindow.isDestroyed() ? await dialog.showMessageBox(mainWindow, options) : await dialog.showMessageBox(options);
  if (response === RESTART_BUTTON) app.relaunch();
  app.quit();
}

function startCore(): void {
  const child = utilityProcess.fork(paths.coreEntry, coreArgs(app.getPath('userData')), {
    serviceName: 'Schotvrij gegevensverwerking',
    stdio: 'inherit',
  });
  core = child;
  child.on('message', (message: unknown) => relay.deliver(message));
  child.on('exit', (code) => {
    core = null;
    relay.coreStopped(`core exited with code ${code}`);
    if (!quitting) void reportCoreFailure({ kind: 'exit', code });
  });
}

async function serveRenderer(request: Request): Promise<Response> {
  const file = request.method === 'GET' || request.method === 'HEAD' ? resolveAppFile(request.url, paths.rendererDir) : null;
  if (file) {
    try {
      return new Response(await readFile(file), { status: 200, headers: appResponseHeaders(file) });
    } catch {
      // fall through: a missing asset is a plain 404
    }
  }
  return new Response('Niet gevonden.', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
}

function showWindow(): void {
  if (!mainWindow || mainWindow.isDestroyed()) {
    mainWindow = createMainWindow({ preload: paths.preload, isDev });
    mainWindow.on('closed', () => (mainWindow = null));
    return;
  }
  if (mainWindow.isMinimized()) mainWindow.restore();
  mainWindow.focus();
}

// A second instance would start a second core on the same data folder: two workspace
// hosts that regenerate and delete the same demo files under each other's feet.
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  // Privileged schemes must be registered before 'ready'. 'standard' + 'secure' give
  // app://schotvrij a real origin, so 'self' in the CSP and fetch() behave as on https.
  // 'corsEnabled': Vite's <script type="module" crossorigin> is fetched in CORS mode;
  // other origins still cannot read our files, as we never send Access-Control-Allow-Origin.
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true, codeCache: true } },
  ]);

  // Before 'ready': Electron builds its default (English) menu on will-finish-launching
  // unless one is set — wasted startup time (Electron's performance guide), and English.
  const showDataFolder = () => void shell.openPath(app.getPath('userData'));
  Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate(process.platform, isDev, { openExternal, showDataFolder })));

  if (process.platform === 'win32') app.setAppUserModelId('nl.schotvrij.app');

  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, openExternal));
  // Both can fire before 'ready' (macOS launch, a double-click during startup); a
  // BrowserWindow cannot exist yet then, and whenReady shows the window anyway.
  app.on('second-instance', () => app.isReady() && showWindow());
  app.on('activate', () => app.isReady() && showWindow());
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });

  // Quitting waits for the core to finish in-flight calls and close SQLite (which
  // checkpoints the WAL), then quits for real once the core has exited.
  app.on('before-quit', (event) => {
    const child = core;
    if (!child) return;
    event.preventDefault();
    if (quitting) return;
    quitting = true;
    const timer = setTimeout(() => child.kill(), CORE_CLOSE_TIMEOUT_MS);
    child.once('exit', () => {
      clearTimeout(timer);
      app.quit();
    });
    child.postMessage({ type: 'close' } satisfies ToCore);
  });

  void app.whenReady().then(() => {
    session.defaultSession.setPermissionRequestHandler((_contents, permission, callback) => callback(permissionDecision(permission)));
    session.defaultSession.setPermissionCheckHandler((_contents, permission) => permissionDecision(permission));
    protocol.handle(APP_SCHEME, serveRenderer);
    // The core starts first so it opens the database while the renderer loads.
    startCore();
    // A laptop that sleeps or locks its screen holds no database key in Schotvrij (docs/security.md).
    const lockCore = () => core?.postMessage({ type: 'lock' } satisfies ToCore);
    powerMonitor.on('suspend', lockCore);
    powerMonitor.on('lock-screen', lockCore);
    registerIpc(ipcMain, relay);
    registerPrintIpc(ipcMain, (senderUrl, suggested, sender) =>
      handlePrint(senderUrl, suggested, {
        isTrustedSender: isTrustedUrl,
        printToPdf: () => sender.printToPDF(PDF_OPTIONS),
        async askSavePath(fileName) {
          const owner = BrowserWindow.fromWebContents(sender);
          const options = { defaultPath: join(app.getPath('documents'), fileName), filters: [{ name: 'PDF', extensions: ['pdf'] }] };
          const r = owner ? await dialog.showSaveDialog(owner, options) : await dialog.showSaveDialog(options);
          return r.canceled || !r.filePath ? null : r.filePath;
        },
        writeFile: (path, data) => writeFile(path, data),
      }),
    );
    showWindow();
  });
}
