import { useMutation } from '@tanstack/react-query';
import { useId } from 'react';
import { useI18n } from '../i18n/I18nProvider';
import { useSessionActions } from './session';
import { useTRPC } from './trpc';
import type { Me } from './types';

export function OrganizationSwitcher({ me }: { me: Me }) {
  const { m, language } = useI18n();
  const trpc = useTRPC();
  const id = useId();
  const { establish } = useSessionActions();
  const switchOrganization = useMutation(
    trpc.auth.switchOrganization.mutationOptions({ onSuccess: (next) => establish(next) }),
  );

  const current = me.organization;
  if (me.memberships.length < 2) {
    return current ? (
      <p className="org-name" data-testid="organization-name">
        {current.names[language]}
      </p>
    ) : null;
  }

  return (
    <div className="org-switcher">
      <label htmlFor={id} className="visually-hidden">
        {m.header.switchOrganization}
      </label>
      <select
        id={id}
        className="input input--compact"
        value={current?.id ?? ''}
        disabled={switchOrganization.isPending}
        onChange={(event) => switchOrganization.mutate({ organizationId: event.target.value })}
        data-testid="organization-switcher"
      >
        {current ? null : <option value="">{m.header.noOrganization}</option>}
        {me.memberships.map((membership) => (
          <option key={membership.organizationId} value={membership.organizationId}>
            {membership.names[language]}
          </option>
        ))}
      </select>
      {switchOrganization.isError ? (
        <span className="org-switcher__error" role="alert">
          {m.header.switchFailed}
        </span>
      ) : null}
    </div>
  );
}
