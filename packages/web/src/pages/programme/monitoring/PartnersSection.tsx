import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTRPC } from '../../../app/trpc';
import { Pagination } from '../../../components/Pagination';
import { EmptyState, ErrorState, Loading } from '../../../components/States';
import { useI18n } from '../../../i18n/I18nProvider';
import { PartnersTable } from './PartnersTable';
import {
  FIRST_DIRECTION,
  PARTNER_SORTS,
  type PartnerKind,
  type PartnerSort,
  type SortDirection,
} from './types';

const KIND_FILTERS = ['all', 'company', 'university'] as const;
// The programme has 15 partners; a page this size keeps them on one screen and still bounds a larger roll-out.
const PAGE_SIZE = 100;

type Props = { kind: PartnerKind | 'all'; onKind: (kind: PartnerKind | 'all') => void };

/** The partners table with its filters; sorting and paging happen on the server, over the roll-ups. */
export function PartnersSection({ kind, onKind }: Props) {
  const { m, format } = useI18n();
  const trpc = useTRPC();
  const titleId = useId();
  const kindId = useId();
  const sortId = useId();
  const p = m.monitoring.partners;
  const [sort, setSort] = useState<{ sort: PartnerSort; direction: SortDirection }>({
    sort: 'stage',
    direction: 'asc',
  });
  const [page, setPage] = useState(1);
  const [onlyStuck, setOnlyStuck] = useState(false);
  const dashboard = useQuery(
    trpc.monitoring.dashboard.queryOptions(
      {
        ...(kind === 'all' ? {} : { kind }),
        sort: sort.sort,
        direction: sort.direction,
        page,
        pageSize: PAGE_SIZE,
      },
      { placeholderData: keepPreviousData },
    ),
  );
  const partners = dashboard.data?.partners ?? [];
  const shown = onlyStuck ? partners.filter((partner) => partner.stuck) : partners;
  const stuck = partners.filter((partner) => partner.stuck).length;

  const changeSort = (field: PartnerSort) => {
    setSort((current) =>
      current.sort === field
        ? { sort: field, direction: current.direction === 'asc' ? 'desc' : 'asc' }
        : { sort: field, direction: FIRST_DIRECTION[field] },
    );
    setPage(1);
  };

  return (
    <section className="stack" aria-labelledby={titleId} data-testid="partners-section">
      <h2 id={titleId}>{p.title}</h2>
      <div className="toolbar">
        <div className="toolbar__item">
          <label htmlFor={kindId} className="toolbar__label">
            {p.filterKind}
          </label>
          <select
            id={kindId}
            className="input input--compact"
            value={kind}
            onChange={(event) => {
              onKind(KIND_FILTERS.find((value) => value === event.target.value) ?? 'all');
              setPage(1);
            }}
            data-testid="partner-kind-filter"
          >
            {KIND_FILTERS.map((value) => (
              <option key={value} value={value}>
                {value === 'all' ? m.common.all : m.organizationKinds[value]}
              </option>
            ))}
          </select>
        </div>
        {/* On a phone the table turns into cards without column headers: sorting moves here. */}
        <div className="toolbar__item mobile-only">
          <label htmlFor={sortId} className="toolbar__label">
            {p.sortBy}
          </label>
          <select
            id={sortId}
            className="input input--compact"
            value={sort.sort}
            onChange={(event) => {
              const field = PARTNER_SORTS.find((value) => value === event.target.value) ?? 'stage';
              setSort({ sort: field, direction: FIRST_DIRECTION[field] });
              setPage(1);
            }}
          >
            {PARTNER_SORTS.map((field) => (
              <option key={field} value={field}>
                {
                  p.columns[
                    field === 'acknowledgementRate'
                      ? 'acknowledgement'
                      : field === 'trainingRate'
                        ? 'training'
                        : field
                  ]
                }
              </option>
            ))}
          </select>
        </div>
        <label className="stuck-filter">
          <input
            type="checkbox"
            checked={onlyStuck}
            onChange={(event) => setOnlyStuck(event.target.checked)}
            data-testid="only-stuck"
          />
          <span>{p.onlyStuck}</span>
        </label>
        {dashboard.data ? (
          <p className="toolbar__count" aria-live="polite" data-testid="partners-count">
            {p.count(dashboard.data.total)}
            {stuck > 0 ? (
              <span className="badge badge--warning monitoring__stuck-count">{p.stuckCount(stuck)}</span>
            ) : null}
          </p>
        ) : null}
      </div>
      {dashboard.isPending ? (
        <Loading />
      ) : dashboard.isError ? (
        <ErrorState error={dashboard.error} onRetry={() => void dashboard.refetch()} />
      ) : shown.length === 0 ? (
        <EmptyState>{kind === 'all' && !onlyStuck ? p.empty : p.emptyFiltered}</EmptyState>
      ) : (
        <div className={dashboard.isPlaceholderData ? 'is-refreshing' : undefined}>
          <PartnersTable partners={shown} sort={sort} onSort={changeSort} />
        </div>
      )}
      {dashboard.data && dashboard.data.total > PAGE_SIZE ? (
        <Pagination page={page} pageSize={PAGE_SIZE} total={dashboard.data.total} onPage={setPage} />
      ) : null}
      <p className="muted monitoring__note">
        {p.stuckLegend}
        {dashboard.data ? ` ${m.monitoring.asOf(format.dateTime(dashboard.data.generatedAt))}` : null}
      </p>
    </section>
  );
}
