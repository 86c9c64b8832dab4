import { useI18n } from '../../../../i18n/I18nProvider';
import type { PartnerRow } from '../types';

export type PartnerRates = Pick<
  PartnerRow,
  'organizationId' | 'names' | 'acknowledgementRate' | 'trainingRate'
>;

import { ChartFrame, ChartLegend } from './ChartFrame';
import { clampRatio, fitLabel, linearScale, textWidth } from './scale';

const ROW = 54;
const BAR = 10;

type Props = {
  partners: readonly PartnerRates[];
  /** The programme's targets for both shares, marked on every bar. */
  targets: { acknowledged: number | null; trained: number | null };
};

/** Acknowledgement and training per partner as paired bars; the names sit above the bars so they fit a phone. */
export function RatesPerPartner({ partners, targets }: Props) {
  const { m, language, format } = useI18n();
  const c = m.monitoring.charts;
  const rate = (value: number | null) => (value === null ? c.noValue : format.percent(value));
  // Beside the bars a dash is enough; the table spells out "no data".
  const short = (value: number | null) => (value === null ? m.common.none : format.percent(value));
  return (
    <ChartFrame
      title={c.perPartner.title}
      summary={c.perPartner.summary(partners.length)}
      testId="rates-per-partner"
      legend={
        <ChartLegend
          items={[
            { key: 'ack', label: c.series.acknowledged, className: 'chart__line chart__line--acknowledged' },
            { key: 'trained', label: c.series.trained, className: 'chart__line chart__line--trained' },
          ]}
        />
      }
      table={{
        columns: [c.perPartner.partner, c.series.acknowledged, c.series.trained],
        rows: partners.map((partner) => ({
          key: partner.organizationId,
          header: partner.names[language],
          cells: [rate(partner.acknowledgementRate), rate(partner.trainingRate)],
        })),
      }}
      height={() => Math.max(1, partners.length) * ROW}
    >
      {(width) => {
        const x = linearScale(0, 1, 0, width);
        const bar = (value: number | null, target: number | null, y: number, className: string) => (
          <>
            <rect x={0} y={y} width={width} height={BAR} rx={2} className="chart__track" />
            {value === null ? null : (
              <rect x={0} y={y} width={x(clampRatio(value))} height={BAR} rx={2} className={className} />
            )}
            {target === null ? null : (
              <line
                x1={x(clampRatio(target))}
                x2={x(clampRatio(target))}
                y1={y - 2}
                y2={y + BAR + 2}
                className="chart__target"
              />
            )}
          </>
        );
        return partners.map((partner, index) => {
          const top = index * ROW;
          const value = `${short(partner.acknowledgementRate)} · ${short(partner.trainingRate)}`;
          return (
            <g key={partner.organizationId}>
              <text x={0} y={top + 15} className="chart__label">
                {fitLabel(partner.names[language], width - textWidth(value) - 12)}
              </text>
              <text x={width} y={top + 15} textAnchor="end" className="chart__value">
                {value}
              </text>
              {bar(
                partner.acknowledgementRate,
                targets.acknowledged,
                top + 21,
                'chart__bar chart__bar--acknowledged',
              )}
              {bar(
                partner.trainingRate,
                targets.trained,
                top + 21 + BAR + 3,
                'chart__bar chart__bar--trained',
              )}
            </g>
          );
        });
      }}
    </ChartFrame>
  );
}
