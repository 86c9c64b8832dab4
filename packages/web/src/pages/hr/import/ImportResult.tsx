import { useEffect, useId, useRef } from 'react';
import { Link } from '../../../app/router';
import { useI18n } from '../../../i18n/I18nProvider';

type ImportResultData = {
  added: number;
  updated: number;
  unchanged: number;
  deactivated: number;
  unitsCreated: number;
  assignedToCampaign: number;
};

/** The counts of what the import changed; focus moves here once the preview is gone. */
export function ImportResult({ result, onAgain }: { result: ImportResultData; onAgain: () => void }) {
  const { m, format } = useI18n();
  const titleId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const r = m.importPeople.result;
  // The preview and its button are gone: focus moves to the outcome, which is also read out.
  useEffect(() => headingRef.current?.focus(), []);
  const counts: [string, number, string][] = [
    [r.added, result.added, 'result-added'],
    [r.updated, result.updated, 'result-updated'],
    [r.unchanged, result.unchanged, 'result-unchanged'],
    [r.deactivated, result.deactivated, 'result-deactivated'],
    [r.unitsCreated, result.unitsCreated, 'result-units'],
    [m.ackExtras.assignedToCampaign, result.assignedToCampaign, 'result-assigned'],
  ];
  return (
    <section className="card" aria-labelledby={titleId} data-testid="import-result">
      <h2 id={titleId} ref={headingRef} className="card__title" tabIndex={-1}>
        <span aria-hidden="true">✓ </span>
        {r.title}
      </h2>
      <div className="stack">
        <dl className="import-counts">
          {counts.map(([label, value, testId]) => (
            <div key={testId}>
              <dt>{label}</dt>
              <dd data-testid={testId}>{format.number(value)}</dd>
            </div>
          ))}
        </dl>
        <div className="portal-actions">
          <Link to="/hr/people" className="button button--primary">
            {r.toPeople}
          </Link>
          <button type="button" className="button" onClick={onAgain}>
            {m.importPeople.another}
          </button>
        </div>
      </div>
    </section>
  );
}
