import { type ReactNode, useEffect, useId, useRef } from 'react';
import { useI18n } from '../i18n/I18nProvider';

type DialogProps = {
  open: boolean;
  onClose: () => void;
  title: ReactNode;
  subtitle?: ReactNode;
  children: ReactNode;
  testId?: string;
};

/**
 * Native <dialog> with showModal() gives focus trapping, Escape to close and an inert background
 * without any library. Content mounts only while open, so every opening starts with a fresh form.
 */
export function Dialog({ open, onClose, title, subtitle, children, testId }: DialogProps) {
  const { m } = useI18n();
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      dialog.showModal();
      // showModal() focuses the close button, the first focusable element; the first field is more useful.
      dialog
        .querySelector<HTMLElement>('.dialog__body input, .dialog__body select, .dialog__body textarea')
        ?.focus();
    }
    if (!open && dialog.open) dialog.close();
  }, [open]);

  return (
    <dialog ref={ref} className="dialog" aria-labelledby={titleId} onClose={onClose} data-testid={testId}>
      {open ? (
        <div className="dialog__body">
          <div className="dialog__header">
            <div>
              <h2 id={titleId} className="dialog__title">
                {title}
              </h2>
              {subtitle ? <p className="dialog__subtitle">{subtitle}</p> : null}
            </div>
            <button type="button" className="icon-button" onClick={onClose} aria-label={m.common.close}>
              <span aria-hidden="true">×</span>
            </button>
          </div>
          {children}
        </div>
      ) : null}
    </dialog>
  );
}
