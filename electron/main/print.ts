/**
 * Print to PDF from the shell (the plan for client and naasten). PURE: Electron's
 * printToPDF, the save dialog and the file write are passed in, so the decisions —
 * who may print, the file name, what happens on cancel or failure — are unit-tested.
 */
import type { PrintResult } from '../../shared/contract/bridge';

/** Keeps a safe, readable file name: no paths, no control or reserved characters, ends in .pdf. */
export function pdfFileName(suggested: unknown): string {
  const base = Array.from(String(suggested ?? '').replace(/\.pdf$/i, ''))
    // Control characters and what file systems reserve become spaces.
    .map((ch) => (ch.charCodeAt(0) < 32 || '\\/:*?"<>|'.includes(ch) ? ' ' : ch))
    .join('')
    .split(/\s+/)
    // '..' and '.' segments would read as directories to a person or a shell.
    .filter((part) => part !== '' && !/^\.+$/.test(part))
    .join(' ')
    .slice(0, 120)
    .replace(/^\.+/, '')
    .trim();
  return `${base || 'Schotvrij'}.pdf`;
}

/** A4 with the page margins from the print stylesheet (@page), backgrounds kept (the spider chart). */
export const PDF_OPTIONS = { pageSize: 'A4', printBackground: true, preferCSSPageSize: true } as const;

export interface PrintDeps {
  isTrustedSender(url: string | undefined): boolean;
  printToPdf(): Promise<Uint8Array>;
  /** Returns the chosen path, or null when the user cancelled. */
  askSavePath(fileName: string): Promise<string | null>;
  writeFile(path: string, data: Uint8Array): Promise<void>;
}

export async function handlePrint(senderUrl: string | undefined, suggested: unknown, deps: PrintDeps): Promise<PrintResult> {
  if (!deps.isTrustedSender(senderUrl)) return { ok: false, cancelled: false, message: 'Afdrukken is niet toegestaan vanuit deze pagina.' };
  try {
    // Render first: if that fails there is no point asking where to save.
    const data = await deps.printToPdf();
    const path = await deps.askSavePath(pdfFileName(suggested));
    if (path === null) return { ok: false, cancelled: true, message: 'Opslaan geannuleerd.' };
    await deps.writeFile(path, data);
    return { ok: true, path };
  } catch {
    return { ok: false, cancelled: false, message: 'Het afdrukken naar PDF is mislukt.' };
  }
}
