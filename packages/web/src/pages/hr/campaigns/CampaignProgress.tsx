import { useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { useTRPC } from '../../../app/trpc';
import { ProgressBar } from '../../../components/JobProgress';
import { ErrorState, Loading } from '../../../components/States';
import { useI18n } from '../../../i18n/I18nProvider';
import { isPastDue, localDate } from '../../../lib/dates';
import { activeCount, type CampaignProgressData, type UnitProgress } from './types';

/** Acknowledgements arrive over days; a page left open refreshes now and then, and on focus. */
const PROGRESS_REFRESH_MS = 30_000;

export function CampaignProgress({ campaignId, versionLabel }: { campaignId: string; versionLabel: string }) {
  const { m } = useI18n();
  const trpc = useTRPC();
  const titleId = useId();
  const progress = useQuery(
    trpc.campaigns.progress.queryOptions({ id: campaignId }, { refetchInterval: PROGRESS_REFRESH_MS }),
  );

  return (
    <section className="card" aria-labelledby={titleId} data-testid="campaign-progress">
      <div className="campaign-progress__head">
        <h2 id={titleId} className="card__title">
          {m.campaigns.progress.title(versionLabel)}
        </h2>
        <button
          type="button"
          className="button button--small"
          onClick={() => void progress.refetch()}
          disabled={progress.isFetching}
        >
          {m.common.refresh}
        </button>
      </div>
      {progress.isPending ? (
        <Loading />
      ) : progress.isError ? (
        <ErrorState error={progress.error} onRetry={() => void progress.refetch()} />
      ) : (
        <ProgressBody data={progress.data} />
      )}
    </section>
  );
}

function ProgressBody({ data }: { data: CampaignProgressData }) {
  const { m, format, language } = useI18n();
  const barLabelId = useId();
  const t = m.campaigns.progress.totals;
  const { totals, dueDate } = data;
  const total = activeCount(totals);
  const pastDue = isPastDue(dueDate);
  const units = [...data.units].sort((a, b) => {
    if (a.unitName === null) return 1;
    if (b.unitName === null) return -1;
    return a.unitName.localeCompare(b.unitName, language);
  });
  return (
    <div className="stack">
      <p>
        {m.campaigns.progress.due(format.date(localDate(dueDate)))}
        {pastDue ? (
          <>
            {' '}
            <span className="badge badge--warning">{m.campaigns.progress.pastDue}</span>
          </>
        ) : null}
      </p>
      {total === 0 ? (
        <p className="muted">{m.campaigns.progress.empty}</p>
      ) : (
        <div className="job-progress">
          <div className="job-progress__head">
            <span id={barLabelId} className="job-progress__label">
              {m.campaigns.progress.bar}
            </span>
            <span className="job-progress__percent" data-testid="campaign-percent">
              {format.percent(totals.acknowledged / total)}
            </span>
          </div>
          <ProgressBar
            total={total}
            done={totals.acknowledged}
            failed={totals.refused}
            status="completed"
            label={m.campaigns.progress.bar}
            labelledBy={barLabelId}
            valueText={m.campaigns.progress.valueText(
              format.percent(totals.acknowledged / total),
              format.number(totals.acknowledged),
              format.number(total),
              format.number(totals.refused),
            )}
          />
        </div>
      )}
      <dl className="campaign-totals" data-testid="campaign-totals">
        <div>
          <dt>{t.assigned}</dt>
          <dd>{format.number(total)}</dd>
        </div>
        <div className="campaign-totals__ok">
          <dt>{t.acknowledged}</dt>
          <dd data-testid="total-acknowledged">{format.number(totals.acknowledged)}</dd>
        </div>
        <div className={totals.refused > 0 ? 'campaign-totals__bad' : undefined}>
          <dt>{t.refused}</dt>
          <dd>{format.number(totals.refused)}</dd>
        </div>
        <div>
          <dt>{t.pending}</dt>
          <dd>{format.number(totals.pending)}</dd>
        </div>
        <div className={totals.overdue > 0 ? 'campaign-totals__warn' : undefined}>
          <dt>{t.overdue}</dt>
          <dd data-testid="total-overdue">{format.number(totals.overdue)}</dd>
        </div>
        {totals.superseded > 0 ? (
          <div>
            <dt>{t.superseded}</dt>
            <dd>{format.number(totals.superseded)}</dd>
          </div>
        ) : null}
      </dl>
      {units.length > 0 ? <UnitsTable units={units} /> : null}
    </div>
  );
}

function UnitsTable({ units }: { units: UnitProgress[] }) {
  const { m, format } = useI18n();
  const p = m.campaigns.progress;
  const t = p.totals;
  return (
    <div className="table-wrap">
      <table className="table table--cards" data-testid="campaign-units">
        <caption className="campaign-units__caption">{p.unitsTitle}</caption>
        <thead>
          <tr>
            <th scope="col">{p.unit}</th>
            <th scope="col" className="numeric">
              {t.assigned}
            </th>
            <th scope="col" className="numeric">
              {t.acknowledged}
            </th>
            <th scope="col" className="numeric">
              {t.refused}
            </th>
            <th scope="col" className="numeric">
              {t.pending}
            </th>
            <th scope="col" className="numeric">
              {t.overdue}
            </th>
            <th scope="col">{p.share}</th>
          </tr>
        </thead>
        <tbody>
          {units.map((unit) => {
            const total = activeCount(unit);
            const share = total > 0 ? unit.acknowledged / total : 0;
            return (
              <tr key={unit.unitId ?? 'none'} data-testid="campaign-unit-row">
                <th scope="row" className="table__primary">
                  {unit.unitName ?? <span className="muted">{p.noUnit}</span>}
                </th>
                <td data-label={t.assigned} className="numeric">
                  {format.number(total)}
                </td>
                <td data-label={t.acknowledged} className="numeric">
                  {format.number(unit.acknowledged)}
                </td>
                <td data-label={t.refused} className="numeric">
                  {format.number(unit.refused)}
                </td>
                <td data-label={t.pending} className="numeric">
                  {format.number(unit.pending)}
                </td>
                <td
                  data-label={t.overdue}
                  className={unit.overdue > 0 ? 'numeric campaign-overdue' : 'numeric'}
                  data-testid="unit-overdue"
                >
                  {format.number(unit.overdue)}
                </td>
                <td data-label={p.share}>
                  <span className="campaign-share">
                    <span className="campaign-share__bar" aria-hidden="true">
                      <span style={{ width: `${share * 100}%` }} />
                    </span>
                    <span className="tabular">{format.percent(share)}</span>
                  </span>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
