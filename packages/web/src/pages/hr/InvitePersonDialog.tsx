import { invitePersonInput } from '@qorgau/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTRPC } from '../../app/trpc';
import type { Person } from '../../app/types';
import { Dialog } from '../../components/Dialog';
import { SelectField } from '../../components/Field';
import { FormError } from '../../components/FormError';
import { useNotify } from '../../components/Toasts';
import { useI18n } from '../../i18n/I18nProvider';
import { useFormErrors } from '../../lib/useFormErrors';
import { validate } from '../../lib/validate';

const INVITABLE_ROLES = ['member', 'hr_officer', 'board_secretary', 'ethics_officer'] as const;
type InvitableRole = (typeof INVITABLE_ROLES)[number];

export function InvitePersonDialog({ person, onClose }: { person: Person | null; onClose: () => void }) {
  const { m } = useI18n();
  return (
    <Dialog
      open={person !== null}
      onClose={onClose}
      title={m.people.inviteDialog.title}
      subtitle={person?.fullName}
      testId="invite-person-dialog"
    >
      {person ? <InvitePersonForm person={person} onDone={onClose} /> : null}
    </Dialog>
  );
}

function InvitePersonForm({ person, onDone }: { person: Person; onDone: () => void }) {
  const { m } = useI18n();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const notify = useNotify();
  const [role, setRole] = useState<InvitableRole>('member');
  const invite = useMutation(
    trpc.people.invite.mutationOptions({
      onSuccess: () => {
        void queryClient.invalidateQueries({ queryKey: trpc.people.pathKey() });
        void queryClient.invalidateQueries({ queryKey: trpc.invitations.list.queryKey() });
        notify(m.people.inviteDialog.sent(person.email ?? person.fullName));
        onDone();
      },
    }),
  );
  const { errors, setClientErrors } = useFormErrors(invite.error);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const result = validate(invitePersonInput, { personId: person.id, role });
    setClientErrors(result.ok ? {} : result.errors);
    if (!result.ok) {
      invite.reset();
      return;
    }
    invite.mutate(result.data);
  };

  return (
    <form className="stack" onSubmit={submit} noValidate data-testid="invite-person-form">
      <p>{m.people.inviteDialog.intro}</p>
      <p className="mono">{person.email}</p>
      <FormError error={invite.error} fields={['role']} />
      <SelectField
        label={m.people.inviteDialog.role}
        hint={m.people.inviteDialog.roleHint}
        value={role}
        onValueChange={(value) => setRole(INVITABLE_ROLES.find((option) => option === value) ?? 'member')}
        options={INVITABLE_ROLES.map((option) => ({ value: option, label: m.roles[option] }))}
        errorKey={errors.role}
        data-testid="invite-role"
      />
      <div className="form-actions">
        <button type="button" className="button button--quiet" onClick={onDone}>
          {m.common.cancel}
        </button>
        <button
          type="submit"
          className="button button--primary"
          disabled={invite.isPending}
          data-testid="invite-person-submit"
        >
          {invite.isPending ? m.common.working : m.people.inviteDialog.submit}
        </button>
      </div>
    </form>
  );
}
