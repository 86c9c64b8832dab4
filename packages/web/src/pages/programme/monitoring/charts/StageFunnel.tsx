import { useI18n } from '../../../../i18n/I18nProvider';
import { STAGES, type Stage } from '../types';
import { ChartFrame } from './ChartFrame';
import { fitLabel, linearScale, textWidth } from './scale';

const ROW = 46;
const BAR = 16;
const LABEL_BASELINE = 16;

export type FunnelRow = { stage: Stage; count: number };

/**
 * `reached`: per stage, the partners that reached it or went beyond, so the funnel narrows from
 * "invited" (everyone) to "trained".
 */
export function StageFunnel({ reached }: { reached: readonly FunnelRow[] }) {
  const { m, format } = useI18n();
  const f = m.monitoring.charts.funnel;
  const rows = STAGES.map((stage) => ({
    stage,
    count: reached.find((row) => row.stage === stage)?.count ?? 0,
  }));
  const total = rows[0]?.count ?? 0;
  const share = (count: number) => (total === 0 ? 0 : count / total);
  const valueText = (count: number) => `${format.number(count)} · ${format.percent(share(count))}`;
  return (
    <ChartFrame
      title={f.title}
      summary={f.summary(
        rows.map((row) => `${m.monitoring.stages[row.stage]} ${format.number(row.count)}`).join(', '),
      )}
      testId="stage-funnel"
      table={{
        columns: [f.stage, f.partners, f.share],
        rows: rows.map((row) => ({
          key: row.stage,
          header: m.monitoring.stages[row.stage],
          cells: [format.number(row.count), format.percent(share(row.count))],
        })),
      }}
      height={() => rows.length * ROW}
    >
      {(width) => {
        const x = linearScale(0, Math.max(1, total), 0, width);
        return rows.map((row, index) => {
          const top = index * ROW;
          return (
            <g key={row.stage}>
              <text x={0} y={top + LABEL_BASELINE} className="chart__label">
                {fitLabel(m.monitoring.stages[row.stage], width - textWidth(valueText(row.count)) - 12)}
              </text>
              <text x={width} y={top + LABEL_BASELINE} className="chart__value" textAnchor="end">
                {valueText(row.count)}
              </text>
              <rect x={0} y={top + 22} width={width} height={BAR} rx={3} className="chart__track" />
              <rect
                x={0}
                y={top + 22}
                width={Math.max(row.count > 0 ? 3 : 0, x(row.count))}
                height={BAR}
                rx={3}
                className={`chart__bar chart__bar--stage-${index}`}
              />
            </g>
          );
        });
      }}
    </ChartFrame>
  );
}
