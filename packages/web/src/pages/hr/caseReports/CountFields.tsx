import { type ReactNode, useId } from 'react';
import { TextField } from '../../../components/Field';
import { useI18n } from '../../../i18n/I18nProvider';

/** One count: digits only on a phone keypad, and the whole value selected on focus for quick retyping. */
export function CountField({
  label,
  hint,
  value,
  onValueChange,
  error,
  testId,
}: {
  label: string;
  hint?: string;
  value: string;
  onValueChange: (value: string) => void;
  error: string | undefined;
  testId: string;
}) {
  return (
    <TextField
      label={label}
      hint={hint}
      inputMode="numeric"
      autoComplete="off"
      className="input input--number"
      value={value}
      onValueChange={onValueChange}
      onFocus={(event) => event.currentTarget.select()}
      errorText={error}
      data-testid={testId}
    />
  );
}

/** A group of counts with its running total, compared with the cases received where they must match. */
export function Breakdown({
  legend,
  hint,
  total,
  received,
  error,
  testId,
  children,
}: {
  legend: string;
  hint: string;
  total: number;
  received: string | null;
  error: string | undefined;
  testId: string;
  children: ReactNode;
}) {
  const { m, format } = useI18n();
  const hintId = useId();
  const receivedCount = received !== null && /^\d+$/.test(received.trim()) ? Number(received.trim()) : null;
  const mismatch = receivedCount !== null && total !== receivedCount;
  return (
    <fieldset
      className={error ? 'fieldset case-breakdown case-breakdown--invalid' : 'fieldset case-breakdown'}
      aria-describedby={hintId}
      data-testid={testId}
    >
      <legend>{legend}</legend>
      <p id={hintId} className="field__hint">
        {hint}
      </p>
      <div className="case-report-form__grid">{children}</div>
      <p
        className={mismatch ? 'case-breakdown__total case-breakdown__total--off' : 'case-breakdown__total'}
        aria-live="polite"
      >
        {m.monitoring.caseReports.form.sum(format.number(total))}
        {receivedCount === null ? null : ` / ${format.number(receivedCount)}`}
      </p>
      {error ? (
        <p className="field__error" data-testid="field-error" role="alert">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
