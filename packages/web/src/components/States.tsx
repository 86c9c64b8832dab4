import type { ReactNode } from 'react';
import { useI18n } from '../i18n/I18nProvider';
import { describeError } from '../lib/errors';

export function Loading({ label }: { label?: string }) {
  const { m } = useI18n();
  return (
    <div className="state state--loading" role="status" data-testid="loading">
      <span className="spinner" aria-hidden="true" />
      <span>{label ?? m.common.loading}</span>
    </div>
  );
}

export function ErrorState({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { m } = useI18n();
  const described = describeError(m, error);
  return (
    <div className="state state--error" role="alert" data-testid="error-state">
      <p className="state__title">{m.errors.title}</p>
      <p>{described.message}</p>
      {described.requestId ? <p className="state__meta">{m.errors.requestId(described.requestId)}</p> : null}
      {onRetry ? (
        <button type="button" className="button" onClick={onRetry}>
          {m.common.retry}
        </button>
      ) : null}
    </div>
  );
}

export function EmptyState({
  title,
  children,
  action,
}: {
  title?: ReactNode;
  children: ReactNode;
  action?: ReactNode;
}) {
  return (
    <div className="state state--empty" data-testid="empty-state">
      {title ? <p className="state__title">{title}</p> : null}
      <p>{children}</p>
      {action}
    </div>
  );
}
