import {
  type InputHTMLAttributes,
  type ReactNode,
  type SelectHTMLAttributes,
  type TextareaHTMLAttributes,
  useId,
} from 'react';
import { useI18n } from '../i18n/I18nProvider';
import { translateFieldMessage } from '../lib/errors';

/** What the frame around a control shows: its label, hint, error and whether it is optional. */
type FrameProps = {
  label: ReactNode;
  hint?: ReactNode;
  errorKey?: string | undefined;
  /** A message already in words, for checks whose message needs numbers (ranges, limits). */
  errorText?: string | undefined;
  optional?: boolean;
};

type FieldFrameProps = FrameProps & { id: string; children: ReactNode };

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

/**
 * Ties a control to its frame: one id for the label, and the hint and error announced with the control.
 * The control's own attributes are spread after `control`, so a caller can still override them.
 */
function useFieldWiring(id: string | undefined, { label, hint, errorKey, errorText, optional }: FrameProps) {
  const generated = useId();
  const fieldId = id ?? generated;
  const invalid = Boolean(errorKey || errorText);
  return {
    frame: { id: fieldId, label, hint, errorKey, errorText, optional: optional ?? false },
    control: {
      id: fieldId,
      'aria-invalid': invalid ? true : undefined,
      'aria-describedby': describedBy(fieldId, hint, invalid),
    },
  };
}

/** A field edits one string; the element's own change handler and value are set by the field. */
type FieldProps<Attributes> = Omit<Attributes, 'onChange' | 'value'> &
  FrameProps & { value: string; onValueChange: (value: string) => void };

type TextFieldProps = FieldProps<InputHTMLAttributes<HTMLInputElement>> & {
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
  const { frame, control } = useFieldWiring(id, { label, hint, errorKey, errorText, optional });
  const element = (
    <input
      {...control}
      className="input"
      value={value}
      onChange={(event) => onValueChange(event.target.value)}
      {...input}
    />
  );
  return (
    <FieldFrame {...frame}>
      {suffix ? (
        <span className="input-group">
          {element}
          <span className="input-group__suffix">{suffix}</span>
        </span>
      ) : (
        element
      )}
    </FieldFrame>
  );
}

type TextAreaFieldProps = FieldProps<TextareaHTMLAttributes<HTMLTextAreaElement>>;

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
  const { frame, control } = useFieldWiring(id, { label, hint, errorKey, errorText, optional });
  return (
    <FieldFrame {...frame}>
      <textarea
        {...control}
        className="input input--textarea"
        rows={rows}
        value={value}
        onChange={(event) => onValueChange(event.target.value)}
        {...textarea}
      />
    </FieldFrame>
  );
}

export type SelectOption = { value: string; label: string };

type SelectFieldProps = FieldProps<SelectHTMLAttributes<HTMLSelectElement>> & { options: SelectOption[] };

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
  const { frame, control } = useFieldWiring(id, { label, hint, errorKey, errorText, optional });
  return (
    <FieldFrame {...frame}>
      <select
        {...control}
        className="input"
        value={value}
        onChange={(event) => onValueChange(event.target.value)}
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
