import { useState } from 'react';
import type { DocumentBatch } from '../../../app/types';
import { JobProgress } from '../../../components/JobProgress';
import { useI18n } from '../../../i18n/I18nProvider';
import { LANGUAGE_AUTONYMS } from '../../../i18n/languages';
import { toJobFailures } from './batch-failures';
import { kindLabel } from './labels';
import { useBatch } from './useBatch';

type Props = { batches: DocumentBatch[]; onShowDocuments: (batchId: string) => void };

/** Older batches fold away: the documents table below is what people come for. */
const FIRST_SHOWN = 5;

export function BatchList({ batches, onShowDocuments }: Props) {
  const { m, format } = useI18n();
  const [showAll, setShowAll] = useState(false);
  const shown = showAll ? batches : batches.slice(0, FIRST_SHOWN);
  return (
    <>
      <ol className="batch-list" data-testid="batch-list">
        {shown.map((batch) => (
          <BatchItem key={batch.id} summary={batch} onShowDocuments={onShowDocuments} />
        ))}
      </ol>
      {shown.length < batches.length ? (
        <div>
          <button type="button" className="button button--small" onClick={() => setShowAll(true)}>
            {m.documents.batches.showAll(format.number(batches.length))}
          </button>
        </div>
      ) : null}
    </>
  );
}

function BatchItem({
  summary,
  onShowDocuments,
}: {
  summary: DocumentBatch;
  onShowDocuments: (batchId: string) => void;
}) {
  const { m, format } = useI18n();
  const detail = useBatch(summary.id, summary);
  // The detail is fresher while the batch runs, and it is the only source of the failures.
  const batch = detail.data ?? summary;
  const kind = kindLabel(m, batch.kind, batch.kind);
  const title = `${kind} · ${LANGUAGE_AUTONYMS[batch.language]}`;
  return (
    <li className="card batch-item" data-testid="batch-row" data-status={batch.status}>
      <div className="batch-item__head">
        <div>
          <h3 className="batch-item__title">{title}</h3>
          <p className="batch-item__meta">
            {m.documents.batches.startedAt(format.dateTime(batch.createdAt))}
            {batch.finishedAt
              ? `, ${m.documents.batches.finishedAt(format.dateTime(batch.finishedAt))}`
              : null}
          </p>
        </div>
        {batch.done > 0 ? (
          <button
            type="button"
            className="link-button"
            onClick={() => onShowDocuments(batch.id)}
            data-testid="batch-show-documents"
          >
            {m.documents.batches.showDocuments}
            <span className="visually-hidden">: {title}</span>
          </button>
        ) : null}
      </div>
      <JobProgress
        compact
        label={title}
        total={batch.total}
        done={batch.done}
        failed={batch.failed}
        status={batch.status}
        etaSeconds={batch.etaSeconds}
        failures={toJobFailures(detail.data?.failures, m)}
      />
    </li>
  );
}
