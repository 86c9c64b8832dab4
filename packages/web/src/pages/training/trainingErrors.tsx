import { ErrorState } from '../../components/States';
import { useI18n } from '../../i18n/I18nProvider';
import { describeError } from '../../lib/errors';

/** The training API's own error keys live in the training dictionary; everything else as usual. */
export function useTrainingErrorText() {
  const { m } = useI18n();
  return (error: unknown): string => {
    const key = error instanceof Error ? error.message : '';
    return (
      (Object.hasOwn(m.training.errors, key) ? m.training.errors[key] : undefined) ??
      describeError(m, error).message
    );
  };
}

export function TrainingFormError({ error }: { error: unknown }) {
  const text = useTrainingErrorText();
  if (!error) return null;
  return (
    <div className="alert alert--error" role="alert" data-testid="form-error">
      <p>{text(error)}</p>
    </div>
  );
}

export function TrainingErrorState({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const { m } = useI18n();
  const key = error instanceof Error ? error.message : '';
  if (!Object.hasOwn(m.training.errors, key)) return <ErrorState error={error} onRetry={onRetry} />;
  return (
    <div className="state state--error" role="alert" data-testid="error-state">
      <p className="state__title">{m.errors.title}</p>
      <p>{m.training.errors[key]}</p>
    </div>
  );
}
