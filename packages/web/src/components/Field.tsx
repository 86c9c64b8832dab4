import { type InputHTMLAttributes, type ReactNode, type SelectHTMLAttributes, useId } from 'react';
import { useI18n } from '../i18n/I18nProvider';
import { translateFieldMessage } from '../lib/errors';

type FieldFrameProps = {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  errorKey?: string | undefined;
  optional?: boolean;
  children: ReactNode;
};

function FieldFrame({ id, label, hint, errorKey, optional, children }: FieldFrameProps) {
  const { m } = useI18n();
  return (
    <div className={errorKey ? 'field field--invalid' : 'field'}>
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
      {errorKey ? (
        <p className="field__error" id={`${id}-error`} data-testid="field-error">
          {translateFieldMessage(m, errorKey)}
        </p>
      ) : null}
    </div>
  );
}

function describedBy(id: string, hint: unknown, errorKey: string | undefined) {
  const ids = [hint ? `${id}-hint` : null, errorKey ? `${id}-error` : null].filter(Boolean);
  return ids.length > 0 ? ids.join(' ') : undefined;
}

type TextFieldProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'onChange' | 'value'> & {
  label: ReactNode;
  value: string;
  onValueChange: (value: string) => void;
  hint?: ReactNode;
  errorKey?: string | undefined;
  optional?: boolean;
};

export function TextField({
  label,
  value,
  onValueChange,
  hint,
  errorKey,
  optional,
  id,
  ...input
}: TextFieldProps) {
  const generated = useId();
  const fieldId = id ?? generated;
  return (
    <FieldFrame id={fieldId} label={label} hint={hint} errorKey={errorKey} optional={optional ?? false}>
      <input
        id={fieldId}
        className="input"
        value={value}
        onChange={(event) => onValueChange(event.target.value)}
        aria-invalid={errorKey ? true : undefined}
        aria-describedby={describedBy(fieldId, hint, errorKey)}
        {...input}
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
  optional?: boolean;
};

export function SelectField({
  label,
  value,
  onValueChange,
  options,
  hint,
  errorKey,
  optional,
  id,
  ...select
}: SelectFieldProps) {
  const generated = useId();
  const fieldId = id ?? generated;
  return (
    <FieldFrame id={fieldId} label={label} hint={hint} errorKey={errorKey} optional={optional ?? false}>
      <select
        id={fieldId}
        className="input"
        value={value}
        onChange={(event) => onValueChange(event.target.value)}
        aria-invalid={errorKey ? true : undefined}
        aria-describedby={describedBy(fieldId, hint, errorKey)}
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
