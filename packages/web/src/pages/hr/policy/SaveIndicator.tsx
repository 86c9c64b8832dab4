import { useEffect, useRef } from 'react';
import { FormError } from '../../../components/FormError';
import { useI18n } from '../../../i18n/I18nProvider';
import type { SavePhase } from './useAutosave';

const LABELS = {
  saved: 'saved',
  pending: 'pending',
  saving: 'saving',
  error: 'error',
  conflict: 'conflict',
  notEditable: 'conflict',
  staleBackup: 'conflict',
} as const satisfies Record<SavePhase, string>;

/** "All changes saved / Saving… / Not saved", always visible while editing; announced politely. */
export function SaveIndicator({
  phase,
  readOnly,
  onRetry,
}: {
  phase: SavePhase;
  readOnly: boolean;
  onRetry: () => void;
}) {
  const { m } = useI18n();
  if (readOnly && phase === 'saved') {
    return (
      <span className="save-state save-state--readonly" data-testid="save-state" data-state="readOnly">
        {m.policy.save.readOnly}
      </span>
    );
  }
  const label = LABELS[phase];
  return (
    <span className={`save-state save-state--${label}`} data-testid="save-state" data-state={phase}>
      <span className="save-state__dot" aria-hidden="true" />
      <span role="status">{m.policy.save[label]}</span>
      {phase === 'error' ? (
        <button type="button" className="link-button" onClick={onRetry} data-testid="save-retry">
          {m.policy.save.retry}
        </button>
      ) : null}
    </span>
  );
}

/** Why saving stopped, and the one safe way on: load what the server has. */
export function SaveProblem({
  phase,
  error,
  onReload,
  reloading,
}: {
  phase: SavePhase;
  error: unknown;
  onReload: () => void;
  reloading: boolean;
}) {
  const { m } = useI18n();
  const ref = useRef<HTMLDivElement>(null);
  const blocked = phase === 'conflict' || phase === 'notEditable' || phase === 'staleBackup';
  // Saving stopped: whoever is typing further down must see why, so the message comes into view.
  useEffect(() => {
    if (!blocked) return;
    ref.current?.scrollIntoView({ block: 'center' });
    ref.current?.focus({ preventScroll: true });
  }, [blocked]);
  if (phase === 'error') return <FormError error={error} />;
  if (!blocked) return null;
  const c = m.policy.conflict;
  const [title, text] =
    phase === 'conflict'
      ? [c.title, c.text]
      : phase === 'notEditable'
        ? [c.notEditableTitle, c.notEditable]
        : [c.staleBackupTitle, c.staleBackup];
  return (
    <div
      ref={ref}
      tabIndex={-1}
      className="alert alert--error save-problem"
      role="alert"
      data-testid="policy-conflict"
      data-kind={phase}
    >
      <p>
        <strong>{title}</strong>
      </p>
      <p>{text}</p>
      <div>
        <button
          type="button"
          className="button button--primary button--small"
          onClick={onReload}
          disabled={reloading}
          data-testid="policy-reload"
        >
          {reloading ? m.common.working : c.reload}
        </button>
      </div>
    </div>
  );
}
