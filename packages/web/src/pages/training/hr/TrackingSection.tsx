import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTRPC } from '../../../app/trpc';
import { SelectField, TextField } from '../../../components/Field';
import { Pagination } from '../../../components/Pagination';
import { ErrorState, Loading } from '../../../components/States';
import { useI18n } from '../../../i18n/I18nProvider';
import { TrackingTable } from './TrackingTable';
import {
  statusLabel,
  TRACKING_STATUSES,
  type TrackingFilter,
  type TrackingStatus,
  trainingExportUrl,
} from './types';
import { UnitSummaryTable } from './UnitSummaryTable';

const REFRESH_MS = 30_000;

/** Who has completed the course, per unit and per person, with the filters the export uses too. */
export function TrackingSection() {
  const { m } = useI18n();
  const t = m.training.hr.tracking;
  const trpc = useTRPC();
  const titleId = useId();
  const [filter, setFilter] = useState<TrackingFilter>({});
  const [search, setSearch] = useState('');
  const [page, setPage] = useState(1);
  const assignments = useQuery(trpc.training.assignments.queryOptions());
  const units = useQuery(trpc.units.list.queryOptions());
  const needle = search.trim();
  const rows = useQuery(
    trpc.training.tracking.queryOptions(
      { ...filter, ...(needle ? { search: needle } : {}), page },
      { refetchInterval: REFRESH_MS, placeholderData: keepPreviousData },
    ),
  );
  const summary = useQuery(
    trpc.training.unitSummary.queryOptions(filter.assignmentId ? { assignmentId: filter.assignmentId } : {}, {
      refetchInterval: REFRESH_MS,
    }),
  );
  const set = (patch: Partial<Record<keyof TrackingFilter, string>>) => {
    setPage(1);
    setFilter((current) => {
      const next: Record<string, string | undefined> = { ...current, ...patch };
      return Object.fromEntries(Object.entries(next).filter(([, value]) => value)) as TrackingFilter;
    });
  };

  return (
    <section className="stack stack--large" aria-labelledby={titleId} data-testid="training-tracking">
      <div className="page-header">
        <h2 id={titleId}>{t.title}</h2>
        <div className="portal-actions">
          <a
            className="button button--small"
            href={trainingExportUrl('csv', filter)}
            data-testid="training-export-csv"
          >
            {m.training.hr.exportCsv}
          </a>
          <a
            className="button button--small"
            href={trainingExportUrl('xlsx', filter)}
            data-testid="training-export-xlsx"
          >
            {m.training.hr.exportXlsx}
          </a>
        </div>
      </div>
      <div className="training-filters">
        <SelectField
          label={t.assignment}
          value={filter.assignmentId ?? ''}
          onValueChange={(value) => set({ assignmentId: value })}
          options={[
            { value: '', label: m.common.all },
            ...(assignments.data ?? []).map((assignment) => ({
              value: assignment.id,
              label: assignment.title,
            })),
          ]}
          data-testid="tracking-assignment"
        />
        <SelectField
          label={t.unit}
          value={filter.unitId ?? ''}
          onValueChange={(value) => set({ unitId: value })}
          options={[
            { value: '', label: t.allUnits },
            ...(units.data ?? []).map((unit) => ({ value: unit.id, label: unit.name })),
          ]}
          data-testid="tracking-unit"
        />
        <SelectField
          label={t.status}
          value={filter.status ?? ''}
          onValueChange={(value) => set({ status: value as TrackingStatus })}
          options={[
            { value: '', label: t.allStatuses },
            ...TRACKING_STATUSES.map((status) => ({ value: status, label: statusLabel(m, status) })),
          ]}
          data-testid="tracking-status"
        />
        <TextField
          label={t.search}
          type="search"
          value={search}
          onValueChange={(value) => {
            setPage(1);
            setSearch(value);
          }}
          data-testid="tracking-search"
        />
      </div>
      {summary.isPending ? (
        <Loading />
      ) : summary.isError ? (
        <ErrorState error={summary.error} onRetry={() => void summary.refetch()} />
      ) : (
        <UnitSummaryTable rows={summary.data} />
      )}
      {rows.isPending ? (
        <Loading />
      ) : rows.isError ? (
        <ErrorState error={rows.error} onRetry={() => void rows.refetch()} />
      ) : (
        <>
          <TrackingTable
            rows={rows.data.rows}
            total={rows.data.total}
            onRefresh={() => void rows.refetch()}
            refreshing={rows.isFetching}
          />
          {rows.data.total > rows.data.pageSize ? (
            <Pagination
              page={rows.data.page}
              pageSize={rows.data.pageSize}
              total={rows.data.total}
              onPage={setPage}
            />
          ) : null}
        </>
      )}
    </section>
  );
}
