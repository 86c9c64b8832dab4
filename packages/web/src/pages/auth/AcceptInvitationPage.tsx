import { acceptInvitationInput } from '@qorgau/core';
import { useMutation, useQuery } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { Link, useSearchParam } from '../../app/router';
import { useSessionActions } from '../../app/session';
import { useTRPC } from '../../app/trpc';
import type { InvitationPreview } from '../../app/types';
import { TextField } from '../../components/Field';
import { FormError } from '../../components/FormError';
import { ErrorState, Loading } from '../../components/States';
import { useI18n } from '../../i18n/I18nProvider';
import { errorCode } from '../../lib/errors';
import { useFormErrors } from '../../lib/useFormErrors';
import { validate } from '../../lib/validate';
import { AuthCard } from './AuthCard';
import { PASSWORDS_DIFFER, PasswordFields } from './PasswordFields';

const FORM_FIELDS = ['fullName', 'password'];

function Problem({ text }: { text: string }) {
  const { m } = useI18n();
  return (
    <AuthCard title={m.auth.invite.title} testId="invite-page">
      <div className="alert alert--error" role="alert" data-testid="invite-problem">
        <p>{text}</p>
      </div>
      <p className="auth-card__footer">
        <Link to="/signin">{m.auth.backToSignIn}</Link>
      </p>
    </AuthCard>
  );
}

export function AcceptInvitationPage() {
  const { m } = useI18n();
  const trpc = useTRPC();
  const token = useSearchParam('token') ?? '';
  const preview = useQuery(trpc.auth.invitationPreview.queryOptions({ token }, { enabled: token !== '' }));

  if (!token) return <Problem text={m.auth.invite.missingToken} />;
  if (preview.isPending) return <Loading />;
  if (preview.isError) {
    const code = errorCode(preview.error);
    // A malformed or unknown token reads the same to the person: the link is not one we sent.
    if (code === 'NOT_FOUND' || code === 'BAD_REQUEST') return <Problem text={m.auth.invite.invalid} />;
    return <ErrorState error={preview.error} onRetry={() => void preview.refetch()} />;
  }
  const invitation = preview.data;
  if (invitation.status !== 'valid') return <Problem text={m.auth.invite.statuses[invitation.status]} />;
  return <AcceptForm token={token} invitation={invitation} />;
}

function AcceptForm({ token, invitation }: { token: string; invitation: InvitationPreview }) {
  const { m, language, format } = useI18n();
  const trpc = useTRPC();
  const { establish } = useSessionActions();
  const [fullName, setFullName] = useState(invitation.fullName ?? '');
  const [password, setPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const accept = useMutation(
    trpc.auth.acceptInvitation.mutationOptions({ onSuccess: (me) => establish(me) }),
  );
  const { errors, setClientErrors } = useFormErrors(accept.error);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const result = validate(acceptInvitationInput, { token, fullName, password });
    const clientErrors = result.ok ? {} : { ...result.errors };
    if (!clientErrors.password && password !== repeat) clientErrors.passwordRepeat = PASSWORDS_DIFFER;
    setClientErrors(clientErrors);
    if (!result.ok || Object.keys(clientErrors).length > 0) {
      accept.reset();
      return;
    }
    accept.mutate(result.data);
  };

  return (
    <AuthCard title={m.auth.invite.title} intro={m.auth.invite.intro} testId="invite-page">
      <dl className="facts" data-testid="invite-facts">
        <div>
          <dt>{m.auth.invite.organization}</dt>
          <dd data-testid="invite-organization">{invitation.organizationNames[language]}</dd>
        </div>
        <div>
          <dt>{m.auth.invite.role}</dt>
          <dd data-testid="invite-role">{m.roles[invitation.role]}</dd>
        </div>
        <div>
          <dt>{m.auth.email}</dt>
          <dd>{invitation.email}</dd>
        </div>
        <div>
          <dt>{m.auth.invite.validUntil}</dt>
          <dd>{format.dateTime(invitation.expiresAt)}</dd>
        </div>
      </dl>
      <form className="stack" onSubmit={submit} noValidate>
        {/* Lets password managers store the new password under the invited address. */}
        <input type="email" autoComplete="username" value={invitation.email} readOnly hidden />
        <FormError error={accept.error} fields={FORM_FIELDS} />
        <TextField
          label={m.auth.invite.fullName}
          autoComplete="name"
          value={fullName}
          onValueChange={setFullName}
          errorKey={errors.fullName}
          data-testid="invite-full-name"
        />
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
          disabled={accept.isPending}
          data-testid="invite-submit"
        >
          {accept.isPending ? m.common.working : m.auth.invite.submit}
        </button>
      </form>
    </AuthCard>
  );
}
