import { TextField } from '../../components/Field';
import { useI18n } from '../../i18n/I18nProvider';
import type { FieldErrors } from '../../lib/errors';

type PasswordFieldsProps = {
  password: string;
  repeat: string;
  onPassword: (value: string) => void;
  onRepeat: (value: string) => void;
  errors: FieldErrors;
};

/** A new password typed twice: there is no way to see what was typed, so a typo would lock the person out. */
export function PasswordFields({ password, repeat, onPassword, onRepeat, errors }: PasswordFieldsProps) {
  const { m } = useI18n();
  return (
    <>
      <TextField
        label={m.auth.newPassword}
        type="password"
        autoComplete="new-password"
        value={password}
        onValueChange={onPassword}
        hint={m.auth.passwordHint}
        errorKey={errors.password}
        data-testid="new-password"
      />
      <TextField
        label={m.auth.repeatPassword}
        type="password"
        autoComplete="new-password"
        value={repeat}
        onValueChange={onRepeat}
        errorKey={errors.passwordRepeat}
        data-testid="new-password-repeat"
      />
    </>
  );
}

export const PASSWORDS_DIFFER = 'passwordsDiffer';
