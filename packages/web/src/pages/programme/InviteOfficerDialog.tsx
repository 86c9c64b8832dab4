import { inviteOfficerInput, LANGUAGES, type Language } from '@qorgau/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTRPC } from '../../app/trpc';
import type { OrganizationRow } from '../../app/types';
import { Dialog } from '../../components/Dialog';
import { SelectField, TextField } from '../../components/Field';
import { FormError } from '../../components/FormError';
import { useNotify } from '../../components/Toasts';
import { useI18n } from '../../i18n/I18nProvider';
import { LANGUAGE_AUTONYMS, languageOr } from '../../i18n/languages';
import { useFormErrors } from '../../lib/useFormErrors';
import { validate } from '../../lib/validate';

const FORM_FIELDS = ['email', 'fullName', 'language'];

export function InviteOfficerDialog({
  organization,
  onClose,
}: {
  organization: OrganizationRow | null;
  onClose: () => void;
}) {
  const { m, language } = useI18n();
  return (
    <Dialog
      open={organization !== null}
      onClose={onClose}
      title={m.programme.invite.title}
      subtitle={organization?.names[language]}
      testId="invite-officer-dialog"
    >
      {organization ? <InviteOfficerForm organization={organization} onDone={onClose} /> : null}
    </Dialog>
  );
}

function InviteOfficerForm({ organization, onDone }: { organization: OrganizationRow; onDone: () => void }) {
  const { m } = useI18n();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const notify = useNotify();
  const [email, setEmail] = useState('');
  const [fullName, setFullName] = useState('');
  const [inviteLanguage, setInviteLanguage] = useState<Language>(
    languageOr(organization.defaultLanguage, 'kk'),
  );

  const invite = useMutation(
    trpc.organizations.inviteOfficer.mutationOptions({
      onSuccess: (_result, input) => {
        void queryClient.invalidateQueries({ queryKey: trpc.organizations.list.queryKey() });
        notify(m.programme.invite.sent(input.email));
        onDone();
      },
    }),
  );
  const { errors, setClientErrors } = useFormErrors(invite.error);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const result = validate(inviteOfficerInput, {
      organizationId: organization.id,
      email,
      fullName,
      language: inviteLanguage,
    });
    setClientErrors(result.ok ? {} : result.errors);
    if (!result.ok) {
      invite.reset();
      return;
    }
    invite.mutate(result.data);
  };

  return (
    <form className="stack" onSubmit={submit} noValidate data-testid="invite-officer-form">
      <FormError error={invite.error} fields={FORM_FIELDS} />
      <TextField
        label={m.programme.invite.fullName}
        autoComplete="off"
        value={fullName}
        onValueChange={setFullName}
        errorKey={errors.fullName}
        data-testid="officer-full-name"
      />
      <TextField
        label={m.programme.invite.email}
        type="email"
        inputMode="email"
        autoComplete="off"
        value={email}
        onValueChange={setEmail}
        errorKey={errors.email}
        data-testid="officer-email"
      />
      <SelectField
        label={m.programme.invite.language}
        value={inviteLanguage}
        onValueChange={(value) => setInviteLanguage(languageOr(value, 'kk'))}
        options={LANGUAGES.map((code) => ({ value: code, label: LANGUAGE_AUTONYMS[code] }))}
        errorKey={errors.language}
      />
      <p className="muted">{m.programme.invite.note}</p>
      <div className="form-actions">
        <button type="button" className="button button--quiet" onClick={onDone}>
          {m.common.cancel}
        </button>
        <button
          type="submit"
          className="button button--primary"
          disabled={invite.isPending}
          data-testid="invite-officer-submit"
        >
          {invite.isPending ? m.common.working : m.programme.invite.submit}
        </button>
      </div>
    </form>
  );
}
