import { useI18n } from '../i18n/I18nProvider';
import { describeError } from '../lib/errors';

/** The form-level message for a failed request; field messages are shown next to their fields. */
export function FormError({ error, fields = [] }: { error: unknown; fields?: readonly string[] }) {
  const { m } = useI18n();
  if (!error) return null;
  const described = describeError(m, error, fields);
  return (
    <div className="alert alert--error" role="alert" data-testid="form-error">
      <p>{described.message}</p>
      {described.requestId ? <p className="alert__meta">{m.errors.requestId(described.requestId)}</p> : null}
    </div>
  );
}
