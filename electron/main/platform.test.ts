import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RESTART_BUTTON, coreArgs, coreFailureDialog, shellPaths } from './platform';

describe('shellPaths', () => {
  it('finds the bundles next to main.cjs and the renderer beside them, inside app.asar too', () => {
    const bundleDir = join('/opt', 'Schotvrij', 'resources', 'app.asar', 'dist', 'electron');
    expect(shellPaths(bundleDir)).toEqual({
      rendererDir: join('/opt', 'Schotvrij', 'resources', 'app.asar', 'dist', 'renderer'),
      preload: join(bundleDir, 'preload.cjs'),
      coreEntry: join(bundleDir, 'core.cjs'),
    });
  });
});

describe('coreArgs', () => {
  it('passes the data folder as one argument, spaces and all', () => {
    expect(coreArgs('C:\\Users\\Anna de Vries\\AppData\\Roaming\\Schotvrij')).toEqual(['--data-dir', 'C:\\Users\\Anna de Vries\\AppData\\Roaming\\Schotvrij']);
  });
});

describe('coreFailureDialog', () => {
  it('explains a failed start in Dutch and offers restart or quit', () => {
    const d = coreFailureDialog({ kind: 'fatal', message: 'EACCES: permission denied' });
    expect(d.message).toBe('Schotvrij kan niet starten');
    expect(d.detail).toMatch(/schijfruimte/);
    expect(d.detail).toMatch(/EACCES: permission denied/);
    expect(d.buttons).toEqual(['Opnieuw starten', 'Afsluiten']);
    expect(d.buttons[RESTART_BUTTON]).toBe('Opnieuw starten');
    expect(d.cancelId).not.toBe(RESTART_BUTTON);
  });

  it('after a crash, promises only what was committed', () => {
    const d = coreFailureDialog({ kind: 'exit', code: 139 });
    expect(d.message).toBe('Schotvrij is onverwacht gestopt');
    expect(d.detail).toMatch(/Wat al was opgeslagen, blijft bewaard/);
    expect(d.detail).toMatch(/139/);
    expect(d.detail).not.toMatch(/niets verloren|alles is opgeslagen/i);
  });

  it('caps the technical detail', () => {
    expect(coreFailureDialog({ kind: 'fatal', message: 'x'.repeat(5000) }).detail.length).toBeLessThan(1000);
  });
});
