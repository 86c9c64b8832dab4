import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, navigate } from '../../../app/router';
import { can, useMe } from '../../../app/session';
import { useTRPC } from '../../../app/trpc';
import type { PolicyVersionRow } from '../../../app/types';
import { FormError } from '../../../components/FormError';
import { PageHeader } from '../../../components/PageHeader';
import { EmptyState, ErrorState, Loading } from '../../../components/States';
import { useI18n } from '../../../i18n/I18nProvider';
import { LANGUAGE_AUTONYMS } from '../../../i18n/languages';
import { isFrozen, PolicyStatusBadge } from '../../policy/PolicyStatusBadge';
import { policyVersionPath } from '../../policy/paths';

/** /hr/policy — every version of the organisation's policy, and the way into the open one. */
export function PolicyVersionsPage() {
  const { m } = useI18n();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const canWrite = can(useMe().data, 'policy.write');
  const versions = useQuery(trpc.policy.versions.queryOptions());
  const open = versions.data?.find((version) => !isFrozen(version.status));

  const start = useMutation(
    trpc.policy.startDraft.mutationOptions({
      onSuccess: (version) => {
        void queryClient.invalidateQueries({ queryKey: trpc.policy.versions.queryKey() });
        navigate(policyVersionPath(version.id));
      },
      onError: async (error) => {
        // Someone (or another tab) opened a version meanwhile: go there instead.
        if (error.message !== 'policy.draftExists') return;
        const fresh = await versions.refetch();
        const existing = fresh.data?.find((version) => !isFrozen(version.status));
        if (existing) navigate(policyVersionPath(existing.id));
      },
    }),
  );

  const action = !canWrite ? null : open ? (
    <Link to={policyVersionPath(open.id)} className="button button--primary" data-testid="policy-continue">
      {open.status === 'submitted' ? m.policy.openUnderReview : m.policy.continueDraft}
    </Link>
  ) : versions.data ? (
    <button
      type="button"
      className="button button--primary"
      onClick={() => start.mutate()}
      disabled={start.isPending}
      data-testid="policy-start-draft"
    >
      {start.isPending ? m.common.working : m.policy.startDraft}
    </button>
  ) : null;

  return (
    <>
      <PageHeader title={m.policy.title} intro={m.policy.intro} actions={action} />
      {start.isError && start.error.message !== 'policy.draftExists' ? (
        <FormError error={start.error} />
      ) : null}
      {versions.isPending ? (
        <Loading />
      ) : versions.isError ? (
        <ErrorState error={versions.error} onRetry={() => void versions.refetch()} />
      ) : versions.data.length === 0 ? (
        <EmptyState title={m.policy.versionsTitle}>
          {m.policy.empty} {canWrite ? m.policy.firstDraftNote : null}
        </EmptyState>
      ) : (
        <VersionsTable versions={versions.data} />
      )}
    </>
  );
}

function VersionsTable({ versions }: { versions: PolicyVersionRow[] }) {
  const { m, format } = useI18n();
  const c = m.policy.columns;
  return (
    <div className="table-wrap">
      <table className="table table--cards" data-testid="policy-versions-table">
        <thead>
          <tr>
            <th scope="col">{c.version}</th>
            <th scope="col">{c.status}</th>
            <th scope="col">{c.model}</th>
            <th scope="col">{c.authoritative}</th>
            <th scope="col">{c.updated}</th>
            <th scope="col">{c.submitted}</th>
            <th scope="col">{c.approved}</th>
          </tr>
        </thead>
        <tbody>
          {versions.map((version) => (
            <tr key={version.id} data-testid="policy-version-row" data-status={version.status}>
              <th scope="row" className="table__primary">
                <Link to={policyVersionPath(version.id)} data-testid="policy-version-link">
                  {m.policy.versionTitle(String(version.number))}
                </Link>
              </th>
              <td data-label={c.status}>
                <PolicyStatusBadge status={version.status} />
              </td>
              <td data-label={c.model} className="mono">
                {version.modelVersion}
              </td>
              <td data-label={c.authoritative}>{LANGUAGE_AUTONYMS[version.authoritativeLanguage]}</td>
              <td data-label={c.updated}>{format.dateTime(version.updatedAt)}</td>
              <td data-label={c.submitted}>{format.dateTime(version.submittedAt)}</td>
              <td data-label={c.approved}>{format.dateTime(version.approvedAt)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
