/**
 * Where the shell's files are, and what it tells the user when the core fails.
 * Pure data (no electron import) so paths and Dutch texts are unit-tested; index.ts
 * passes them to utilityProcess.fork, BrowserWindow and dialog.showMessageBox.
 */
import { join } from 'node:path';

export interface ShellPaths {
  /** The Vite build, served as app://schotvrij/. */
  rendererDir: string;
  preload: string;
  coreEntry: string;
}

/**
 * `bundleDir` is the folder of dist/electron/main.cjs. The three bundles sit side by
 * side and the renderer next to them, inside app.asar when packaged — so every path is
 * relative to the bundle, never to process.cwd() (which is wherever the user started us).
 */
export function shellPaths(bundleDir: string): ShellPaths {
  return {
    rendererDir: join(bundleDir, '..', 'renderer'),
    preload: join(bundleDir, 'preload.cjs'),
    coreEntry: join(bundleDir, 'core.cjs'),
  };
}

/** Arguments for the core's utilityProcess; entry-utility.ts parses them. */
export function coreArgs(userDataDir: string): string[] {
  return ['--data-dir', userDataDir];
}

/**
 * How long quitting waits for the core to close SQLite. Killing it later is still
 * safe — WAL with synchronous=FULL survives a kill — so this only trades a tidy
 * checkpoint for not hanging the quit on a stuck core.
 */
export const CORE_CLOSE_TIMEOUT_MS = 10_000;

export type CoreFailure = { kind: 'fatal'; message: string } | { kind: 'exit'; code: number };

export interface FailureDialog {
  type: 'error';
  title: string;
  message: string;
  detail: string;
  buttons: string[];
  defaultId: number;
  cancelId: number;
  noLink: true;
}

export const RESTART_BUTTON = 0;

/** The dialog after the core died or could not start. It promises only what SQLite guarantees. */
export function coreFailureDialog(failure: CoreFailure): FailureDialog {
  const technical = failure.kind === 'fatal' ? failure.message : `gegevensverwerking gestopt met afsluitcode ${failure.code}`;
  const [message, explanation] =
    failure.kind === 'fatal'
      ? [
          'Schotvrij kan niet starten',
          'De gegevensverwerking van Schotvrij kon niet starten. Controleer of er genoeg schijfruimte is en of u in uw gebruikersmap mag schrijven. Lukt het daarna nog niet, neem dan contact op met uw beheerder.',
        ]
      : [
          'Schotvrij is onverwacht gestopt',
          'De gegevensverwerking van Schotvrij is gestopt. Wat al was opgeslagen, blijft bewaard. Controleer na het opnieuw starten of uw laatste wijziging erbij staat.',
        ];
  return {
    type: 'error',
    title: 'Schotvrij',
    message,
    detail: `${explanation}\n\nTechnische details: ${technical.slice(0, 500)}`,
    buttons: ['Opnieuw starten', 'Afsluiten'],
    defaultId: RESTART_BUTTON,
    cancelId: 1,
    noLink: true,
  };
}
