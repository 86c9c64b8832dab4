import { useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { useTRPC } from '../../../app/trpc';
import { ProgressBar } from '../../../components/JobProgress';
import { useI18n } from '../../../i18n/I18nProvider';

const POLL_MS = 500;

/**
 * Rows written so far while "apply" runs. The import is one transaction, so the counts come from a
 * progress row the server writes on the side; the result itself arrives with the apply call.
 */
export function ImportProgress({ runId }: { runId: string }) {
  const { m, format } = useI18n();
  const trpc = useTRPC();
  const labelId = useId();
  const t = m.ackExtras.progress;
  const progress = useQuery(
    trpc.people.importProgress.queryOptions({ runId }, { refetchInterval: POLL_MS, gcTime: 0 }),
  );
  const data = progress.data;
  const writing = data?.status === 'applying' && data.total > 0;
  const finishing = writing && data.done >= data.total;
  return (
    <section className="card stack" aria-labelledby={labelId} data-testid="import-progress">
      <h2 id={labelId} className="card__title">
        {t.label}
      </h2>
      <ProgressBar
        total={writing ? data.total : 0}
        done={writing ? data.done : 0}
        failed={0}
        status="running"
        label={t.label}
        labelledBy={labelId}
        valueText={writing ? t.rows(format.number(data.done), format.number(data.total)) : t.preparing}
      />
      <p className="tabular" data-testid="import-progress-text">
        {finishing
          ? t.finishing
          : writing
            ? t.rows(format.number(data.done), format.number(data.total))
            : t.preparing}
      </p>
      <p className="field__hint">{t.note}</p>
    </section>
  );
}
