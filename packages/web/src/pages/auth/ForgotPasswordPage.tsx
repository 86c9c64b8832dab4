import { requestPasswordResetInput } from '@qorgau/core';
import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { Link } from '../../app/router';
import { useTRPC } from '../../app/trpc';
import { TextField } from '../../components/Field';
import { FormError } from '../../components/FormError';
import { useI18n } from '../../i18n/I18nProvider';
import { useFormErrors } from '../../lib/useFormErrors';
import { validate } from '../../lib/validate';
import { AuthCard } from './AuthCard';

const FORM_FIELDS = ['email'];

export function ForgotPasswordPage() {
  const { m } = useI18n();
  const trpc = useTRPC();
  const [email, setEmail] = useState('');
  const request = useMutation(trpc.auth.requestPasswordReset.mutationOptions());
  const { errors, setClientErrors } = useFormErrors(request.error);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const result = validate(requestPasswordResetInput, { email });
    setClientErrors(result.ok ? {} : result.errors);
    if (!result.ok) {
      request.reset();
      return;
    }
    request.mutate(result.data);
  };

  return (
    <AuthCard title={m.auth.forgot.title} intro={m.auth.forgot.intro} testId="forgot-page">
      {request.isSuccess ? (
        // The same words whether or not the account exists, so the page cannot be used to probe for accounts.
        <div className="alert alert--success" role="status" data-testid="forgot-sent">
          <p>{m.auth.forgot.sent}</p>
        </div>
      ) : (
        <form className="stack" onSubmit={submit} noValidate>
          <FormError error={request.error} fields={FORM_FIELDS} />
          <TextField
            label={m.auth.email}
            type="email"
            autoComplete="email"
            inputMode="email"
            value={email}
            onValueChange={setEmail}
            errorKey={errors.email}
            data-testid="forgot-email"
          />
          <button
            type="submit"
            className="button button--primary button--block"
            disabled={request.isPending}
            data-testid="forgot-submit"
          >
            {request.isPending ? m.common.working : m.auth.forgot.submit}
          </button>
        </form>
      )}
      <p className="auth-card__footer">
        <Link to="/signin">{m.auth.backToSignIn}</Link>
      </p>
    </AuthCard>
  );
}
