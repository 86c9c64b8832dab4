import { useId } from 'react';
import { roughDuration } from '../i18n/format';
import { useI18n } from '../i18n/I18nProvider';
import type { Messages } from '../i18n/messages';

export type JobStatus = 'running' | 'completed' | 'completedWithFailures';

/** A dead letter: an item the workers gave up on after their retries. */
export type JobFailure = { itemKey: string; error: string; failedAt: string; label?: string };

export type JobProgressProps = {
  total: number;
  done: number;
  failed: number;
  status: JobStatus;
  etaSeconds: number | null;
  failures?: readonly JobFailure[] | undefined;
  /** Names the bar for assistive technology, e.g. the batch it belongs to; defaults to "Progress". */
  label?: string;
  compact?: boolean;
  testId?: string;
};

/** How often a page showing a running job asks for fresh counts. */
export const JOB_POLL_MS = 1000;

/**
 * For react-query's refetchInterval: poll once a second while the job runs, stop once it finished.
 * Any query whose data carries a JobStatus can use it.
 */
export function pollWhileRunning(query: {
  state: { data?: { status: JobStatus } | undefined; error?: unknown };
}): number | false {
  const { data, error } = query.state;
  // Without any data, an error is an answer (no such job, no access): asking again will not change it.
  // With data, a failed poll is most likely a blip, and the next one may well succeed.
  if (data === undefined) return error ? false : JOB_POLL_MS;
  return data.status === 'running' ? JOB_POLL_MS : false;
}

const STATUS_BADGES: Record<JobStatus, string> = {
  running: 'badge badge--info',
  completed: 'badge badge--success',
  completedWithFailures: 'badge badge--warning',
};

/** Processed share in [0, 1]; a running job never shows 100% before its last item is in. */
function progressRatio(total: number, processed: number, status: JobStatus): number {
  if (total <= 0) return status === 'running' ? 0 : 1;
  const ratio = Math.min(1, processed / total);
  return status === 'running' ? Math.floor(ratio * 100) / 100 : ratio;
}

export function etaText(m: Messages, seconds: number): string {
  const rough = roughDuration(seconds);
  if (rough.unit === 'underMinute') return m.jobs.eta.underMinute;
  return rough.unit === 'minutes' ? m.jobs.eta.minutes(rough.count) : m.jobs.eta.hours(rough.count);
}

type ProgressBarProps = {
  total: number;
  done: number;
  failed: number;
  status: JobStatus;
  label: string;
  labelledBy?: string;
  /** What assistive technology reads as the value, when "done" and "failed" mean something else (a campaign). */
  valueText?: string;
};

/** The bar alone: finished items in the main colour, failed ones in red after them. */
export function ProgressBar({ total, done, failed, status, label, labelledBy, valueText }: ProgressBarProps) {
  const { m, format } = useI18n();
  const processed = done + failed;
  const ratio = progressRatio(total, processed, status);
  const share = (count: number) => (total > 0 ? `${Math.min(100, (count / total) * 100)}%` : '0%');
  return (
    <div
      className="progress"
      role="progressbar"
      aria-label={labelledBy ? undefined : label}
      aria-labelledby={labelledBy}
      aria-valuemin={0}
      aria-valuemax={total}
      aria-valuenow={Math.min(processed, total)}
      aria-valuetext={
        valueText ??
        m.jobs.valueText(
          format.percent(ratio),
          format.number(done),
          format.number(total),
          format.number(failed),
        )
      }
      aria-busy={status === 'running'}
      data-testid="progressbar"
    >
      <span
        className={status === 'running' ? 'progress__done progress__done--running' : 'progress__done'}
        style={{ width: total > 0 ? share(done) : `${ratio * 100}%` }}
      />
      {failed > 0 ? <span className="progress__failed" style={{ width: share(failed) }} /> : null}
    </div>
  );
}

/**
 * Progress of any background job: a bar, counts, percentage, a time estimate while it runs, and
 * the items that failed for good. Knows nothing about what the items are, so document batches,
 * campaign receipts and certificates can all use it.
 */
export function JobProgress({
  total,
  done,
  failed,
  status,
  etaSeconds,
  failures,
  label,
  compact = false,
  testId = 'job-progress',
}: JobProgressProps) {
  const { m, format } = useI18n();
  const labelId = useId();
  const ratio = progressRatio(total, done + failed, status);
  const percent = (
    <span className="job-progress__percent" data-testid="job-percent">
      {format.percent(ratio)}
    </span>
  );
  const bar = (
    <ProgressBar
      total={total}
      done={done}
      failed={failed}
      status={status}
      label={label ?? m.jobs.progress}
      labelledBy={labelId}
    />
  );
  return (
    <div className={compact ? 'job-progress job-progress--compact' : 'job-progress'} data-testid={testId}>
      {compact ? (
        // Compact bars sit under a heading that already names them: the label is for screen readers.
        <>
          <span id={labelId} className="visually-hidden">
            {label ?? m.jobs.progress}
          </span>
          <div className="job-progress__bar-row">
            {bar}
            {percent}
          </div>
        </>
      ) : (
        <>
          <div className="job-progress__head">
            <span id={labelId} className="job-progress__label">
              {label ?? m.jobs.progress}
            </span>
            {percent}
          </div>
          {bar}
        </>
      )}
      <dl className="facts facts--inline job-progress__facts">
        <div>
          <dt>{m.jobs.status}</dt>
          {/* Polite live region: announces the switch to "completed", not every tick of the counts. */}
          <dd role="status">
            <span className={STATUS_BADGES[status]} data-testid="job-status" data-status={status}>
              {m.jobs.statuses[status]}
            </span>
          </dd>
        </div>
        <div>
          <dt>{m.jobs.done}</dt>
          <dd className="tabular" data-testid="job-done">
            {m.jobs.outOf(format.number(done), format.number(total))}
          </dd>
        </div>
        {failed > 0 || !compact ? (
          <div>
            <dt>{m.jobs.failed}</dt>
            <dd
              className={failed > 0 ? 'tabular job-progress__failed-count' : 'tabular'}
              data-testid="job-failed"
            >
              {format.number(failed)}
            </dd>
          </div>
        ) : null}
        {status === 'running' ? (
          <div>
            <dt>{m.jobs.remaining}</dt>
            <dd data-testid="job-eta">{etaSeconds === null ? m.jobs.estimating : etaText(m, etaSeconds)}</dd>
          </div>
        ) : null}
      </dl>
      {failures && failures.length > 0 ? (
        <FailureList failures={failures} count={Math.max(failed, failures.length)} />
      ) : null}
    </div>
  );
}

/** The server lists a limited number of dead letters; the title still counts all of them. */
function FailureList({ failures, count }: { failures: readonly JobFailure[]; count: number }) {
  const { m, format } = useI18n();
  return (
    <details className="job-failures" data-testid="job-failures">
      <summary className="job-failures__summary">{m.jobs.failuresTitle(count)}</summary>
      <p className="muted job-failures__note">{m.jobs.failuresNote}</p>
      <ul className="job-failures__list">
        {failures.map((failure) => (
          <li key={failure.itemKey} className="job-failures__item" data-testid="job-failure">
            <span className="job-failures__item-name">
              <span className="visually-hidden">{m.jobs.failureItem}: </span>
              {failure.label ?? <span className="mono">{failure.itemKey}</span>}
            </span>
            <span>
              <span className="visually-hidden">{m.jobs.failureReason}: </span>
              {failure.error}
            </span>
            <span className="muted">
              <span className="visually-hidden">{m.jobs.failureTime}: </span>
              {format.dateTime(failure.failedAt)}
            </span>
          </li>
        ))}
      </ul>
    </details>
  );
}
