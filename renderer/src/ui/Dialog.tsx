/**
 * A modal dialog on the native <dialog> element: showModal() makes the rest of
 * the page inert, traps Tab, and Escape closes it. Focus goes to the first field
 * (or the element with data-autofocus) and back to where it came from on close.
 *
 * Mount it only while open: `{open ? <Dialog …/> : null}`.
 */
import { useId, useLayoutEffect, useRef, type ReactNode } from 'react';
import { ErrorNotice } from './form';

interface DialogProps {
  title: string;
  onClose: () => void;
  children: ReactNode;
  /** Wide dialogs for long forms. */
  size?: 'm' | 'l';
  /** A short line under the title (read with the dialog's name). */
  description?: ReactNode;
}

export function Dialog({ title, onClose, children, size = 'm', description }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const descId = useId();
  const closeRef = useRef(onClose);
  useLayoutEffect(() => {
    closeRef.current = onClose;
  });

  useLayoutEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (!dialog.open) dialog.showModal();
    const first = dialog.querySelector<HTMLElement>('[data-autofocus]') ?? dialog.querySelector<HTMLElement>('input:not([type=hidden]), select, textarea');
    first?.focus();
    return () => {
      if (dialog.open) dialog.close();
      // The opener may have been re-rendered away; then focus stays where the page puts it.
      if (opener && opener.isConnected) opener.focus();
    };
  }, []);

  return (
    <dialog
      ref={ref}
      className={`dialog dialog--${size}`}
      aria-labelledby={titleId}
      aria-describedby={description ? descId : undefined}
      onCancel={(e) => {
        e.preventDefault();
        closeRef.current();
      }}
    >
      <div className="dialog-head">
        <h2 id={titleId} className="dialog-title">
          {title}
        </h2>
        <button type="button" className="dialog-close" aria-label="Sluiten" onClick={() => closeRef.current()}>
          <span aria-hidden="true">×</span>
        </button>
      </div>
      {description ? (
        <div id={descId} className="dialog-description">
          {description}
        </div>
      ) : null}
      <div className="dialog-body">{children}</div>
    </dialog>
  );
}

/** "Weet u het zeker?" for removals: the safe choice is focused first. */
export function ConfirmDialog({
  title,
  children,
  confirmLabel,
  busy,
  error,
  onConfirm,
  onClose,
}: {
  title: string;
  children: ReactNode;
  confirmLabel: string;
  busy: boolean;
  error: string | null;
  onConfirm: () => void;
  onClose: () => void;
}) {
  return (
    <Dialog title={title} onClose={onClose}>
      {children}
      <ErrorNotice>{error}</ErrorNotice>
      <div className="form-actions">
        <button type="button" className="button" data-autofocus onClick={onClose}>
          Annuleren
        </button>
        <button type="button" className="button button--danger" aria-disabled={busy || undefined} onClick={() => (busy ? undefined : onConfirm())}>
          {busy ? 'Bezig…' : confirmLabel}
        </button>
      </div>
    </Dialog>
  );
}
