import { useId } from 'react';
import { useI18n } from '../../../i18n/I18nProvider';
import { translateFieldMessage } from '../../../lib/errors';

/** Opinions of members who disagreed, copied from the minutes; optional free text. */
export function DissentingField({
  value,
  onChange,
  errorKey,
}: {
  value: string;
  onChange: (value: string) => void;
  errorKey: string | undefined;
}) {
  const { m } = useI18n();
  const id = useId();
  const error = errorKey ? translateFieldMessage(m, errorKey) : null;
  const describedBy = [`${id}-hint`, error ? `${id}-error` : null].filter(Boolean).join(' ');
  return (
    <div className={error ? 'field field--invalid' : 'field'}>
      <label className="field__label" htmlFor={id}>
        {m.adoption.form.dissentingOpinions}
        <span className="field__optional"> ({m.common.optional})</span>
      </label>
      <textarea
        id={id}
        className="input adoption-textarea"
        rows={3}
        maxLength={10000}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
      />
      <p className="field__hint" id={`${id}-hint`}>
        {m.adoption.form.dissentingHint}
      </p>
      {error ? (
        <p className="field__error" id={`${id}-error`}>
          {error}
        </p>
      ) : null}
    </div>
  );
}
