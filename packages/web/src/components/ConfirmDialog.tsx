import type { ReactNode } from 'react';
import { useI18n } from '../i18n/I18nProvider';
import { Dialog } from './Dialog';
import { FormError } from './FormError';

type ConfirmDialogProps = {
  open: boolean;
  title: ReactNode;
  children: ReactNode;
  confirmLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
  pending?: boolean;
  error?: unknown;
  danger?: boolean;
};

export function ConfirmDialog({
  open,
  title,
  children,
  confirmLabel,
  onConfirm,
  onCancel,
  pending = false,
  error,
  danger = false,
}: ConfirmDialogProps) {
  const { m } = useI18n();
  return (
    <Dialog open={open} onClose={onCancel} title={title} testId="confirm-dialog">
      <div className="stack">
        <div>{children}</div>
        <FormError error={error} />
        <div className="form-actions">
          <button type="button" className="button button--quiet" onClick={onCancel}>
            {m.common.cancel}
          </button>
          <button
            type="button"
            className={danger ? 'button button--danger' : 'button button--primary'}
            onClick={onConfirm}
            disabled={pending}
            data-testid="confirm-button"
          >
            {pending ? m.common.working : confirmLabel}
          </button>
        </div>
      </div>
    </Dialog>
  );
}
