import { describe, expect, it } from 'vitest';
import { handlePrint, pdfFileName, type PrintDeps } from './print';

function deps(over: Partial<PrintDeps> = {}) {
  const written: { path: string; size: number }[] = [];
  const d: PrintDeps = {
    isTrustedSender: (u) => u === 'app://schotvrij/index.html',
    printToPdf: async () => new Uint8Array([37, 80, 68, 70]),
    askSavePath: async (name) => `/home/cm/Documenten/${name}`,
    writeFile: async (path, data) => {
      written.push({ path, size: data.length });
    },
    ...over,
  };
  return { d, written };
}

describe('print to PDF', () => {
  it('makes safe file names', () => {
    expect(pdfFileName('Ondersteuningsplan Jan van den Berg v2')).toBe('Ondersteuningsplan Jan van den Berg v2.pdf');
    expect(pdfFileName('../../etc/passwd')).toBe('etc passwd.pdf');
    expect(pdfFileName('a\u0000b:c*?.pdf')).toBe('a b c.pdf');
    expect(pdfFileName('')).toBe('Schotvrij.pdf');
    expect(pdfFileName(undefined)).toBe('Schotvrij.pdf');
    expect(pdfFileName('x'.repeat(500)).length).toBe(124);
  });

  it('prints, asks where, writes', async () => {
    const { d, written } = deps();
    await expect(handlePrint('app://schotvrij/index.html', 'Plan', d)).resolves.toEqual({ ok: true, path: '/home/cm/Documenten/Plan.pdf' });
    expect(written).toEqual([{ path: '/home/cm/Documenten/Plan.pdf', size: 4 }]);
  });

  it('refuses an untrusted page and writes nothing', async () => {
    const { d, written } = deps();
    await expect(handlePrint('https://evil.example/', 'Plan', d)).resolves.toMatchObject({ ok: false, cancelled: false });
    await expect(handlePrint(undefined, 'Plan', d)).resolves.toMatchObject({ ok: false });
    expect(written).toEqual([]);
  });

  it('reports a cancelled dialog and a failed render as data', async () => {
    const cancelled = deps({ askSavePath: async () => null });
    await expect(handlePrint('app://schotvrij/index.html', 'Plan', cancelled.d)).resolves.toEqual({ ok: false, cancelled: true, message: 'Opslaan geannuleerd.' });
    expect(cancelled.written).toEqual([]);
    const broken = deps({
      printToPdf: async () => {
        throw new Error('render failed');
      },
    });
    await expect(handlePrint('app://schotvrij/index.html', 'Plan', broken.d)).resolves.toMatchObject({ ok: false, cancelled: false });
  });
});
