import { useId } from 'react';
import { EmptyState } from '../../../components/States';
import { useI18n } from '../../../i18n/I18nProvider';
import { Sparkline } from './charts/Sparkline';

export type PartnerTrendDay = {
  day: string;
  covered: number;
  acknowledged: number;
  acknowledgedShare: number | null;
};

/**
 * The partner's acknowledged share day by day: a sparkline against the programme target (hidden
 * from assistive technology, which hears the first and last values) and every day as a table.
 */
export function PartnerTrend({ days, target }: { days: readonly PartnerTrendDay[]; target: number }) {
  const { m, format } = useI18n();
  const titleId = useId();
  const t = m.monitoring.partner.trend;
  const points = days.flatMap((day) =>
    day.acknowledgedShare === null ? [] : [{ date: day.day, value: day.acknowledgedShare }],
  );
  const first = points[0];
  const last = points.at(-1);
  const share = (value: number | null) => (value === null ? m.common.none : format.percent(value));
  return (
    <section className="card stack" aria-labelledby={titleId} data-testid="partner-trend">
      <h2 id={titleId} className="card__title">
        {t.title}
      </h2>
      {days.length === 0 ? (
        <EmptyState>{t.empty}</EmptyState>
      ) : (
        <>
          {first && last && points.length > 1 ? (
            <div className="indicator__trend">
              <Sparkline points={points} target={target} max={1} />
              <span className="visually-hidden">
                {t.summary(
                  `${format.date(first.date)}: ${share(first.value)}`,
                  `${format.date(last.date)}: ${share(last.value)}`,
                )}
              </span>
            </div>
          ) : null}
          <details className="chart__data">
            <summary>{m.monitoring.charts.showTable}</summary>
            <div className="table-wrap">
              <table className="table" data-testid="partner-trend-table">
                <caption className="visually-hidden">{t.title}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t.day}</th>
                    <th scope="col" className="numeric">
                      {t.covered}
                    </th>
                    <th scope="col" className="numeric">
                      {t.acknowledged}
                    </th>
                    <th scope="col" className="numeric">
                      {t.share}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {days.map((day) => (
                    <tr key={day.day}>
                      <th scope="row">{format.date(day.day)}</th>
                      <td className="numeric">{format.number(day.covered)}</td>
                      <td className="numeric">{format.number(day.acknowledged)}</td>
                      <td className="numeric">{share(day.acknowledgedShare)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </details>
        </>
      )}
    </section>
  );
}
