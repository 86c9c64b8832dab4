import { resetPasswordInput } from '@qorgau/core';
import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { Link, useSearchParam } from '../../app/router';
import { useTRPC } from '../../app/trpc';
import { FormError } from '../../components/FormError';
import { useI18n } from '../../i18n/I18nProvider';
import { useFormErrors } from '../../lib/useFormErrors';
import { validate } from '../../lib/validate';
import { AuthCard } from './AuthCard';
import { PASSWORDS_DIFFER, PasswordFields } from './PasswordFields';

const FORM_FIELDS = ['password'];

export function ResetPasswordPage() {
  const { m } = useI18n();
  const trpc = useTRPC();
  const token = useSearchParam('token');
  const [password, setPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const reset = useMutation(trpc.auth.resetPassword.mutationOptions());
  const { errors, setClientErrors } = useFormErrors(reset.error);

  if (!token) {
    return (
      <AuthCard title={m.auth.reset.title} testId="reset-page">
        <div className="alert alert--error" role="alert">
          <p>{m.auth.reset.missingToken}</p>
        </div>
        <p className="auth-card__footer">
          <Link to="/forgot">{m.auth.reset.requestNew}</Link>
        </p>
      </AuthCard>
    );
  }

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const result = validate(resetPasswordInput, { token, password });
    const clientErrors = result.ok ? {} : { ...result.errors };
    if (!clientErrors.password && password !== repeat) clientErrors.passwordRepeat = PASSWORDS_DIFFER;
    setClientErrors(clientErrors);
    if (!result.ok || Object.keys(clientErrors).length > 0) {
      reset.reset();
      return;
    }
    reset.mutate(result.data);
  };

  return (
    <AuthCard title={m.auth.reset.title} intro={m.auth.reset.intro} testId="reset-page">
      {reset.isSuccess ? (
        <div className="stack">
          <div className="alert alert--success" role="status" data-testid="reset-done">
            <p>{m.auth.reset.done}</p>
          </div>
          <Link to="/signin" className="button button--primary button--block">
            {m.auth.signIn.submit}
          </Link>
        </div>
      ) : (
        <form className="stack" onSubmit={submit} noValidate>
          <FormError error={reset.error} fields={FORM_FIELDS} />
          <PasswordFields
            password={password}
            repeat={repeat}
            onPassword={setPassword}
            onRepeat={setRepeat}
            errors={errors}
          />
          <button
            type="submit"
            className="button button--primary button--block"
            disabled={reset.isPending}
            data-testid="reset-submit"
          >
            {reset.isPending ? m.common.working : m.auth.reset.submit}
          </button>
        </form>
      )}
      <p className="auth-card__footer">
        <Link to="/forgot">{m.auth.reset.requestNew}</Link>
      </p>
    </AuthCard>
  );
}
