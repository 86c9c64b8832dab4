import { useQuery } from '@tanstack/react-query';
import { Link } from '../../../app/router';
import { can, useMe } from '../../../app/session';
import { useTRPC } from '../../../app/trpc';
import { PageHeader } from '../../../components/PageHeader';
import { EmptyState, ErrorState, Loading } from '../../../components/States';
import { useI18n } from '../../../i18n/I18nProvider';
import { AdoptionStatusBadge, isAdoptable } from './AdoptionStatusBadge';
import { adoptionPath } from './paths';
import type { VersionSummary } from './types';

/** /hr/adoption — the versions that passed review, and the way to record or read their adoption. */
export function AdoptionIndexPage() {
  const { m } = useI18n();
  const trpc = useTRPC();
  const versions = useQuery(trpc.policy.versions.queryOptions());
  const rows = versions.data?.filter((version) => isAdoptable(version.status)) ?? [];

  return (
    <>
      <PageHeader title={m.adoption.title} intro={m.adoption.intro} />
      {versions.isPending ? (
        <Loading />
      ) : versions.isError ? (
        <ErrorState error={versions.error} onRetry={() => void versions.refetch()} />
      ) : rows.length === 0 ? (
        <EmptyState
          action={
            <Link to="/hr/policy" className="button">
              {m.adoption.toPolicy}
            </Link>
          }
        >
          {m.adoption.empty}
        </EmptyState>
      ) : (
        <VersionsTable versions={rows} />
      )}
    </>
  );
}

function VersionsTable({ versions }: { versions: VersionSummary[] }) {
  const { m, format } = useI18n();
  const canAdopt = can(useMe().data, 'policy.adopt');
  const c = m.adoption.columns;
  return (
    <div className="table-wrap">
      <table className="table table--cards" data-testid="adoption-versions">
        <thead>
          <tr>
            <th scope="col">{c.version}</th>
            <th scope="col">{c.status}</th>
            <th scope="col">{c.approved}</th>
            <th scope="col">
              <span className="visually-hidden">{m.common.actions}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {versions.map((version) => {
            const title = m.adoption.versionTitle(format.number(version.number));
            const toRecord = version.status === 'approved' && canAdopt;
            return (
              <tr key={version.id} data-testid="adoption-version-row" data-status={version.status}>
                <th scope="row" className="table__primary">
                  <Link to={adoptionPath(version.id)}>{title}</Link>
                </th>
                <td data-label={c.status}>
                  <AdoptionStatusBadge status={version.status} />
                </td>
                <td data-label={c.approved}>{format.dateTime(version.approvedAt)}</td>
                <td className="table__actions">
                  <Link
                    to={adoptionPath(version.id)}
                    className={toRecord ? 'button button--small button--primary' : 'button button--small'}
                  >
                    {toRecord ? m.adoption.recordAction : m.adoption.viewAction}
                    <span className="visually-hidden">: {title}</span>
                  </Link>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
