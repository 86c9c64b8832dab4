import { useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { useTRPC } from '../../../app/trpc';
import { ErrorState, Loading } from '../../../components/States';
import { useI18n } from '../../../i18n/I18nProvider';
import { RatesOverTime } from './charts/RatesOverTime';
import { RatesPerPartner } from './charts/RatesPerPartner';
import { StageFunnel } from './charts/StageFunnel';
import type { PartnerKind } from './types';

type Props = {
  kind: PartnerKind | 'all';
  targets: { acknowledged: number; trained: number } | null;
};

/** The funnel and the trend cover the whole programme; the per-partner bars follow the table's filter. */
export function MonitoringCharts({ kind, targets }: Props) {
  const { m } = useI18n();
  const trpc = useTRPC();
  const titleId = useId();
  const charts = useQuery(trpc.monitoring.charts.queryOptions());
  const s = m.monitoring.charts.series;
  return (
    <section className="stack" aria-labelledby={titleId} data-testid="monitoring-charts">
      <h2 id={titleId}>{m.monitoring.charts.title}</h2>
      {charts.isPending ? (
        <Loading />
      ) : charts.isError ? (
        <ErrorState error={charts.error} onRetry={() => void charts.refetch()} />
      ) : (
        <div className="chart-grid">
          <StageFunnel reached={charts.data.funnel} />
          <RatesOverTime
            series={[
              {
                key: 'acknowledged',
                label: s.acknowledged,
                className: 'chart__line chart__line--acknowledged',
                points: charts.data.ratesOverTime.map((point) => ({
                  date: point.date,
                  value: point.acknowledgedShare,
                })),
              },
              {
                key: 'trained',
                label: s.trained,
                className: 'chart__line chart__line--trained',
                points: charts.data.ratesOverTime.map((point) => ({
                  date: point.date,
                  value: point.trainedShare,
                })),
              },
            ]}
          />
          <div className="chart-grid__wide">
            <RatesPerPartner
              partners={charts.data.ratesPerPartner.filter(
                (partner) => kind === 'all' || partner.kind === kind,
              )}
              targets={{ acknowledged: targets?.acknowledged ?? null, trained: targets?.trained ?? null }}
            />
          </div>
        </div>
      )}
    </section>
  );
}
