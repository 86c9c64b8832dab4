import {
  type InputHTMLAttributes,
  type ReactNode,
  type SelectHTMLAttributes,
  type TextareaHTMLAttributes,
  useId,
} from 'react';
import { useI18n } from '../i18n/I18nProvider';
import { translateFieldMessage } from '../lib/errors';

type FieldFrameProps = {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  errorKey?: string | undefined;
  /** A message already in words, for checks whose message needs numbers (ranges, limits). */
  errorText?: string | undefined;
  optional?: boolean;
  children: ReactNode;
};

function FieldFrame({ id, label, hint, errorKey, errorText, optional, children }: FieldFrameProps) {
  const { m } = useI18n();
  const error = errorText ?? (errorKey ? translateFieldMessage(m, errorKey) : undefined);
  return (
    <div className={error ? 'field field--invalid' : 'field'}>
      <label className="field__label" htmlFor={id}>
        {label}
        {optional ? <span className="field__optional"> ({m.common.optional})</span> : null}
      </label>
      {children}
      {hint ? (
        <p className="field__hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      {error ? (
        <p className="field__error" id={`${id}-error`} data-testid="field-error">
          {error}
        </p>
      ) : null}
    </div>
  );
}

function describedBy(id: string, hint: unknown, invalid: boolean) {
  const ids = [hint ? `${id}-hint` : null, invalid ? `${id}-error` : null].filter(Boolean);
  return ids.length > 0 ? ids.join(' ') : undefined;
}

type TextFieldProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'onChange' | 'value'> & {
  label: ReactNode;
  value: string;
  onValueChange: (value: string) => void;
  hint?: ReactNode;
  errorKey?: string | undefined;
  errorText?: string | undefined;
  optional?: boolean;
  /** Shown after the input, e.g. the unit of a number ("days"). */
  suffix?: ReactNode;
};

export function TextField({
  label,
  value,
  onValueChange,
  hint,
  errorKey,
  errorText,
  optional,
  suffix,
  id,
  ...input
}: TextFieldProps) {
  const generated = useId();
  const fieldId = id ?? generated;
  const invalid = Boolean(errorKey || errorText);
  const control = (
    <input
      id={fieldId}
      className="input"
      value={value}
      onChange={(event) => onValueChange(event.target.value)}
      aria-invalid={invalid ? true : undefined}
      aria-describedby={describedBy(fieldId, hint, invalid)}
      {...input}
    />
  );
  return (
    <FieldFrame
      id={fieldId}
      label={label}
      hint={hint}
      errorKey={errorKey}
      errorText={errorText}
      optional={optional ?? false}
    >
      {suffix ? (
        <span className="input-group">
          {control}
          <span className="input-group__suffix">{suffix}</span>
        </span>
      ) : (
        control
      )}
    </FieldFrame>
  );
}

type TextAreaFieldProps = Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'onChange' | 'value'> & {
  label: ReactNode;
  value: string;
  onValueChange: (value: string) => void;
  hint?: ReactNode;
  errorKey?: string | undefined;
  errorText?: string | undefined;
  optional?: boolean;
};

export function TextAreaField({
  label,
  value,
  onValueChange,
  hint,
  errorKey,
  errorText,
  optional,
  id,
  rows = 4,
  ...textarea
}: TextAreaFieldProps) {
  const generated = useId();
  const fieldId = id ?? generated;
  const invalid = Boolean(errorKey || errorText);
  return (
    <FieldFrame
      id={fieldId}
      label={label}
      hint={hint}
      errorKey={errorKey}
      errorText={errorText}
      optional={optional ?? false}
    >
      <textarea
        id={fieldId}
        className="input input--textarea"
        rows={rows}
        value={value}
        onChange={(event) => onValueChange(event.target.value)}
        aria-invalid={invalid ? true : undefined}
        aria-describedby={describedBy(fieldId, hint, invalid)}
        {...textarea}
      />
    </FieldFrame>
  );
}

export type SelectOption = { value: string; label: string };

type SelectFieldProps = Omit<SelectHTMLAttributes<HTMLSelectElement>, 'onChange' | 'value'> & {
  label: ReactNode;
  value: string;
  onValueChange: (value: string) => void;
  options: SelectOption[];
  hint?: ReactNode;
  errorKey?: string | undefined;
  errorText?: string | undefined;
  optional?: boolean;
};

export function SelectField({
  label,
  value,
  onValueChange,
  options,
  hint,
  errorKey,
  errorText,
  optional,
  id,
  ...select
}: SelectFieldProps) {
  const generated = useId();
  const fieldId = id ?? generated;
  const invalid = Boolean(errorKey || errorText);
  return (
    <FieldFrame
      id={fieldId}
      label={label}
      hint={hint}
      errorKey={errorKey}
      errorText={errorText}
      optional={optional ?? false}
    >
      <select
        id={fieldId}
        className="input"
        value={value}
        onChange={(event) => onValueChange(event.target.value)}
        aria-invalid={invalid ? true : undefined}
        aria-describedby={describedBy(fieldId, hint, invalid)}
        {...select}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </FieldFrame>
  );
}
