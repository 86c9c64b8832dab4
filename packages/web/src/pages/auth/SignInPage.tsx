import { signInInput } from '@qorgau/core';
import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { Link, safeNextPath, useSearchParam } from '../../app/router';
import { useSessionActions } from '../../app/session';
import { useTRPC } from '../../app/trpc';
import { TextField } from '../../components/Field';
import { FormError } from '../../components/FormError';
import { useI18n } from '../../i18n/I18nProvider';
import { useFormErrors } from '../../lib/useFormErrors';
import { validate } from '../../lib/validate';
import { AuthCard } from './AuthCard';

const FORM_FIELDS = ['email', 'password'];

export function SignInPage() {
  const { m } = useI18n();
  const trpc = useTRPC();
  const next = safeNextPath(useSearchParam('next'));
  const { establish } = useSessionActions();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const signIn = useMutation(trpc.auth.signIn.mutationOptions({ onSuccess: (me) => establish(me, next) }));
  const { errors, setClientErrors } = useFormErrors(signIn.error);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const result = validate(signInInput, { email, password });
    setClientErrors(result.ok ? {} : result.errors);
    if (!result.ok) {
      signIn.reset();
      return;
    }
    signIn.mutate(result.data);
  };

  return (
    <AuthCard title={m.auth.signIn.title} intro={m.auth.signIn.intro} testId="signin-page">
      <form className="stack" onSubmit={submit} noValidate>
        <FormError error={signIn.error} fields={FORM_FIELDS} />
        <TextField
          label={m.auth.email}
          type="email"
          autoComplete="username"
          inputMode="email"
          value={email}
          onValueChange={setEmail}
          errorKey={errors.email}
          data-testid="signin-email"
        />
        <TextField
          label={m.auth.password}
          type="password"
          autoComplete="current-password"
          value={password}
          onValueChange={setPassword}
          errorKey={errors.password}
          data-testid="signin-password"
        />
        <button
          type="submit"
          className="button button--primary button--block"
          disabled={signIn.isPending}
          data-testid="signin-submit"
        >
          {signIn.isPending ? m.auth.signIn.submitting : m.auth.signIn.submit}
        </button>
      </form>
      <p className="auth-card__footer">
        <Link to="/forgot" data-testid="forgot-link">
          {m.auth.signIn.forgot}
        </Link>
      </p>
    </AuthCard>
  );
}
