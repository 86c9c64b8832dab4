import { type ChangeEvent, useId } from 'react';
import { useI18n } from '../../../i18n/I18nProvider';
import { translateFieldMessage } from '../../../lib/errors';
import { minutesProblem } from './minutesUpload';

/**
 * Choosing the scanned minutes while recording the adoption. The file is sent once the adoption is
 * recorded (it belongs to the record); problems the browser can already see are shown here.
 */
export function MinutesPicker({
  file,
  onChange,
}: {
  file: File | null;
  onChange: (file: File | null) => void;
}) {
  const { m, format } = useI18n();
  const id = useId();
  const t = m.ackExtras.minutes;
  const problem = file ? minutesProblem(file) : null;
  const describedBy = [`${id}-hint`, problem ? `${id}-error` : null].filter(Boolean).join(' ');

  const choose = (event: ChangeEvent<HTMLInputElement>) => {
    const chosen = event.target.files?.[0] ?? null;
    event.target.value = '';
    if (chosen) onChange(chosen);
  };

  return (
    <div className={problem ? 'field field--invalid' : 'field'} data-testid="minutes-picker">
      <span className="field__label" id={`${id}-label`}>
        {t.pick}
        <span className="field__optional"> ({m.common.optional})</span>
      </span>
      <div className="minutes-picker">
        <input
          id={id}
          type="file"
          accept=".pdf,application/pdf"
          className="visually-hidden"
          onChange={choose}
          aria-labelledby={`${id}-label ${id}-button`}
          aria-describedby={describedBy}
          aria-invalid={problem ? true : undefined}
          data-testid="minutes-input"
        />
        <label htmlFor={id} id={`${id}-button`} className="button">
          {t.choose}
        </label>
        {file ? (
          <>
            <span className="file-line" data-testid="minutes-chosen">
              {t.chosen(file.name, format.fileSize(file.size))}
            </span>
            <button
              type="button"
              className="button button--small button--quiet"
              onClick={() => onChange(null)}
            >
              {t.remove}
            </button>
          </>
        ) : null}
      </div>
      <p className="field__hint" id={`${id}-hint`}>
        {t.pickHint}
      </p>
      {problem ? (
        <p className="field__error" id={`${id}-error`} data-testid="minutes-problem">
          {translateFieldMessage(m, problem)}
        </p>
      ) : null}
    </div>
  );
}
