// Injected by esbuild into the CommonJS bundles (Electron main/preload/utility): gives
// code that uses import.meta.url the file URL of the bundle itself. __filename exists
// there because the output format is CommonJS.
import { pathToFileURL } from 'node:url';

export const importMetaUrl = pathToFileURL(__filename).href;
