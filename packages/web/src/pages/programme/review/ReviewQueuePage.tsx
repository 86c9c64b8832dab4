import { useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { Link, navigate, useSearchParam } from '../../../app/router';
import { useTRPC } from '../../../app/trpc';
import type { PolicyStatus, ReviewQueueRow } from '../../../app/types';
import { PageHeader } from '../../../components/PageHeader';
import { EmptyState, ErrorState, Loading } from '../../../components/States';
import { useI18n } from '../../../i18n/I18nProvider';
import { PolicyStatusBadge } from '../../policy/PolicyStatusBadge';
import { reviewVersionPath } from '../../policy/paths';

const STATUS_FILTERS = ['all', 'submitted', 'changes_requested', 'approved'] as const;
type StatusFilter = (typeof STATUS_FILTERS)[number];

function matches(filter: StatusFilter, status: PolicyStatus) {
  if (filter === 'all') return true;
  // Adoption and publication come after approval: for the programme they are still approved versions.
  if (filter === 'approved') return status === 'approved' || status === 'adopted' || status === 'published';
  return status === filter;
}

/** /programme/review — partner organisations' submitted and reviewed versions, waiting ones first. */
export function ReviewQueuePage() {
  const { m } = useI18n();
  const trpc = useTRPC();
  const filterId = useId();
  const requested = useSearchParam('status');
  const filter = STATUS_FILTERS.find((value) => value === requested) ?? 'all';
  const queue = useQuery(trpc.review.queue.queryOptions());
  const rows = (queue.data ?? []).filter((row) => matches(filter, row.status));
  const setFilter = (value: string) =>
    navigate(
      value === 'all' ? '/programme/review' : `/programme/review?status=${encodeURIComponent(value)}`,
      {
        replace: true,
      },
    );

  return (
    <>
      <PageHeader title={m.review.title} intro={m.review.intro} />
      <div className="toolbar">
        <div className="toolbar__item">
          <label htmlFor={filterId} className="toolbar__label">
            {m.review.filter}
          </label>
          <select
            id={filterId}
            className="input input--compact"
            value={filter}
            onChange={(event) => setFilter(event.target.value)}
            data-testid="review-status-filter"
          >
            {STATUS_FILTERS.map((value) => (
              <option key={value} value={value}>
                {value === 'all' ? m.common.all : m.policyStatuses[value]}
              </option>
            ))}
          </select>
        </div>
        {queue.data ? <p className="toolbar__count">{m.review.count(rows.length)}</p> : null}
      </div>
      {queue.isPending ? (
        <Loading />
      ) : queue.isError ? (
        <ErrorState error={queue.error} onRetry={() => void queue.refetch()} />
      ) : rows.length === 0 ? (
        <EmptyState>{filter === 'all' ? m.review.empty : m.review.emptyFiltered}</EmptyState>
      ) : (
        <QueueTable rows={rows} />
      )}
    </>
  );
}

function QueueTable({ rows }: { rows: ReviewQueueRow[] }) {
  const { m, language, format } = useI18n();
  const c = m.review.columns;
  return (
    <div className="table-wrap">
      <table className="table table--cards" data-testid="review-queue-table">
        <thead>
          <tr>
            <th scope="col">{c.organization}</th>
            <th scope="col">{c.version}</th>
            <th scope="col">{c.status}</th>
            <th scope="col">{c.model}</th>
            <th scope="col">{c.submitted}</th>
            <th scope="col">{c.updated}</th>
            <th scope="col">
              <span className="visually-hidden">{m.common.actions}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const name = row.organizationNames[language];
            return (
              <tr
                key={row.versionId}
                data-testid="review-row"
                data-status={row.status}
                data-version={row.versionId}
              >
                <th scope="row" className="table__primary">
                  <span>{name}</span>
                  <span className="table__secondary">{m.organizationKinds[row.kind]}</span>
                </th>
                <td data-label={c.version}>{m.policy.versionTitle(String(row.number))}</td>
                <td data-label={c.status}>
                  <PolicyStatusBadge status={row.status} />
                </td>
                <td data-label={c.model} className="mono">
                  {row.modelVersion}
                </td>
                <td data-label={c.submitted}>{format.dateTime(row.submittedAt)}</td>
                <td data-label={c.updated}>{format.dateTime(row.updatedAt)}</td>
                <td className="table__actions">
                  <Link
                    to={reviewVersionPath(row.organizationId, row.versionId)}
                    className={
                      row.status === 'submitted'
                        ? 'button button--small button--primary'
                        : 'button button--small'
                    }
                    data-testid="review-open"
                  >
                    {m.review.open}
                    <span className="visually-hidden">
                      : {name}, {m.policy.versionTitle(String(row.number))}
                    </span>
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
