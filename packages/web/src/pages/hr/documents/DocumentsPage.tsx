import { useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { navigate, useSearchParam } from '../../../app/router';
import { can, useMe } from '../../../app/session';
import { useTRPC } from '../../../app/trpc';
import { PageHeader } from '../../../components/PageHeader';
import { EmptyState, ErrorState, Loading } from '../../../components/States';
import { useI18n } from '../../../i18n/I18nProvider';
import { LANGUAGE_AUTONYMS } from '../../../i18n/languages';
import { BatchList } from './BatchList';
import { DocumentsTable } from './DocumentsTable';
import { kindLabel } from './labels';
import { SampleBatchPanel } from './SampleBatchPanel';

/** documents.list answers with at most this many rows, newest first. */
const LIST_LIMIT = 200;
/** While a batch runs, new documents keep arriving; the table catches up at this pace. */
const LIST_REFRESH_MS = 5000;

export function DocumentsPage() {
  const { m, format } = useI18n();
  const trpc = useTRPC();
  const canIssue = can(useMe().data, 'documents.issue');
  const filterId = useId();
  const batchId = useSearchParam('batch') ?? '';

  const batches = useQuery(trpc.documents.batches.queryOptions());
  const anyRunning = batches.data?.some((batch) => batch.status === 'running') ?? false;
  const documents = useQuery(
    trpc.documents.list.queryOptions(
      { batchId: batchId || undefined },
      { refetchInterval: anyRunning ? LIST_REFRESH_MS : false },
    ),
  );

  // The filter lives in the URL, so a reload or a shared link shows the same list.
  const showBatch = (id: string) => {
    navigate(id ? `/hr/documents?batch=${encodeURIComponent(id)}` : '/hr/documents', { replace: true });
    if (id) document.getElementById('documents-list')?.scrollIntoView({ block: 'start' });
  };

  const batchRows = batches.data ?? [];
  const batchName = (id: string) => {
    const batch = batchRows.find((row) => row.id === id);
    if (!batch) return id;
    return m.documents.list.batchOption(
      kindLabel(m, batch.kind, batch.kind),
      LANGUAGE_AUTONYMS[batch.language],
      format.dateTime(batch.createdAt),
    );
  };

  return (
    <>
      <PageHeader title={m.documents.title} intro={m.documents.intro} />
      <div className="stack stack--large">
        {canIssue ? <SampleBatchPanel /> : null}

        <section className="stack" aria-labelledby="documents-batches" data-testid="documents-batches">
          <h2 id="documents-batches">{m.documents.batches.title}</h2>
          {batches.isPending ? (
            <Loading />
          ) : batches.isError ? (
            <ErrorState error={batches.error} onRetry={() => void batches.refetch()} />
          ) : batchRows.length === 0 ? (
            <EmptyState>{m.documents.batches.empty}</EmptyState>
          ) : (
            <BatchList batches={batchRows} onShowDocuments={showBatch} />
          )}
        </section>

        <section className="stack" aria-labelledby="documents-list" data-testid="documents-list">
          <h2 id="documents-list">{m.documents.list.title}</h2>
          {batchRows.length > 0 ? (
            <search className="toolbar">
              <div className="toolbar__item toolbar__item--grow">
                <label htmlFor={filterId} className="toolbar__label">
                  {m.documents.list.batch}
                </label>
                <select
                  id={filterId}
                  className="input input--compact"
                  value={batchId}
                  onChange={(event) => showBatch(event.target.value)}
                  data-testid="documents-batch-filter"
                >
                  <option value="">{m.documents.list.allBatches}</option>
                  {/* A batch from the URL that is not among the recent ones still gets an option. */}
                  {batchId && !batchRows.some((row) => row.id === batchId) ? (
                    <option value={batchId}>{batchName(batchId)}</option>
                  ) : null}
                  {batchRows.map((batch) => (
                    <option key={batch.id} value={batch.id}>
                      {batchName(batch.id)}
                    </option>
                  ))}
                </select>
              </div>
            </search>
          ) : null}
          {documents.isPending ? (
            <Loading />
          ) : documents.isError ? (
            <ErrorState error={documents.error} onRetry={() => void documents.refetch()} />
          ) : documents.data.length === 0 ? (
            <EmptyState>{batchId ? m.documents.list.emptyBatch : m.documents.list.empty}</EmptyState>
          ) : (
            <>
              <DocumentsTable documents={documents.data} />
              {documents.data.length >= LIST_LIMIT ? (
                <p className="muted">{m.documents.list.limitNote(LIST_LIMIT)}</p>
              ) : null}
            </>
          )}
        </section>
      </div>
    </>
  );
}
