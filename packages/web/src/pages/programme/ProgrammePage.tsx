import { useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { Link } from '../../app/router';
import { useTRPC } from '../../app/trpc';
import type { OrganizationRow } from '../../app/types';
import { PageHeader } from '../../components/PageHeader';
import { EmptyState, ErrorState, Loading } from '../../components/States';
import { useI18n } from '../../i18n/I18nProvider';
import { InviteOfficerDialog } from './InviteOfficerDialog';
import { NewOrganizationDialog } from './NewOrganizationDialog';
import { OrganizationsTable } from './OrganizationsTable';

const KIND_FILTERS = ['all', 'company', 'university'] as const;
type KindFilter = (typeof KIND_FILTERS)[number];

export function ProgrammePage() {
  const { m, language } = useI18n();
  const trpc = useTRPC();
  const filterId = useId();
  const organizations = useQuery(trpc.organizations.list.queryOptions());
  const [kind, setKind] = useState<KindFilter>('all');
  const [creating, setCreating] = useState(false);
  const [inviting, setInviting] = useState<OrganizationRow | null>(null);

  const rows = (organizations.data ?? [])
    .filter((organization) => kind === 'all' || organization.kind === kind)
    .sort((a, b) => a.names[language].localeCompare(b.names[language], language));

  return (
    <>
      <PageHeader
        title={m.programme.title}
        intro={m.programme.intro}
        actions={
          <>
            <Link to="/programme/outbox" className="button">
              {m.nav.outbox}
            </Link>
            <button
              type="button"
              className="button button--primary"
              onClick={() => setCreating(true)}
              data-testid="new-organization"
            >
              {m.programme.newOrganization}
            </button>
          </>
        }
      />
      <div className="toolbar">
        <div className="toolbar__item">
          <label htmlFor={filterId} className="toolbar__label">
            {m.programme.filterKind}
          </label>
          <select
            id={filterId}
            className="input input--compact"
            value={kind}
            onChange={(event) => setKind(KIND_FILTERS.find((value) => value === event.target.value) ?? 'all')}
            data-testid="kind-filter"
          >
            {KIND_FILTERS.map((value) => (
              <option key={value} value={value}>
                {value === 'all' ? m.common.all : m.organizationKinds[value]}
              </option>
            ))}
          </select>
        </div>
        {organizations.data ? <p className="toolbar__count">{m.programme.count(rows.length)}</p> : null}
      </div>
      {organizations.isPending ? (
        <Loading />
      ) : organizations.isError ? (
        <ErrorState error={organizations.error} onRetry={() => void organizations.refetch()} />
      ) : rows.length === 0 ? (
        <EmptyState>{kind === 'all' ? m.programme.empty : m.programme.emptyFiltered}</EmptyState>
      ) : (
        <OrganizationsTable organizations={rows} onInvite={setInviting} />
      )}
      <NewOrganizationDialog open={creating} onClose={() => setCreating(false)} />
      <InviteOfficerDialog organization={inviting} onClose={() => setInviting(null)} />
    </>
  );
}
