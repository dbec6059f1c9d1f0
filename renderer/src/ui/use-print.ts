import { useState } from 'react';
import type { Input } from '../../../shared/contract/index';
import { errorMessage, printDocument } from '../api';

export interface PrintState {
  busy: boolean;
  message: string | null;
  failed: boolean;
}

/**
 * The print toolbar's action for a printable client record (plan, access list): logs the print
 * (NEN 7513), then Electron's printToPDF with a save dialog, or the browser's print dialog.
 */
export function usePrint(what: Input<'audit.print'>) {
  const [state, setState] = useState<PrintState>({ busy: false, message: null, failed: false });
  const print = async (fileName: string) => {
    if (state.busy) return;
    setState({ busy: true, message: null, failed: false });
    try {
      const r = await printDocument(fileName, what);
      if (!r) setState({ busy: false, message: null, failed: false });
      else if (r.ok) setState({ busy: false, message: `De PDF is opgeslagen: ${r.path}`, failed: false });
      else setState({ busy: false, message: r.message, failed: !r.cancelled });
    } catch (e) {
      setState({ busy: false, message: `Het afdrukken is mislukt: ${errorMessage(e)}`, failed: true });
    }
  };
  return { printState: state, print };
}
