import { useI18n } from '../../../../i18n/I18nProvider';
import type { TrendPoint } from '../types';
import { ChartFrame, ChartLegend } from './ChartFrame';
import { clampRatio, linearScale, polylinePoints, spreadPicks } from './scale';

export type RateSeries = { key: string; label: string; className: string; points: readonly TrendPoint[] };

const HEIGHT = 240;
const MARGIN = { top: 10, right: 12, bottom: 28, left: 44 };
const GRID = [0, 0.25, 0.5, 0.75, 1];

function day(iso: string): number {
  return Date.parse(`${iso.slice(0, 10)}T00:00:00Z`);
}

/** Shares over time as lines on a 0–100% axis; each series has its own colour, dash and marker shape. */
export function RatesOverTime({ series }: { series: readonly RateSeries[] }) {
  const { m, format } = useI18n();
  const c = m.monitoring.charts;
  const dates = [
    ...new Set(series.flatMap((line) => line.points.map((point) => point.date.slice(0, 10)))),
  ].sort();
  const valueOn = (line: RateSeries, date: string) =>
    line.points.find((point) => point.date.slice(0, 10) === date)?.value ?? null;
  const latest = series.map((line) => {
    const last = line.points.at(-1);
    return `${line.label} ${last ? format.percent(last.value) : c.noValue}`;
  });
  return (
    <ChartFrame
      title={c.overTime.title}
      summary={dates.length === 0 ? c.overTime.empty : c.overTime.summary(latest.join(', '))}
      testId="rates-over-time"
      legend={<ChartLegend items={series.map(({ key, label, className }) => ({ key, label, className }))} />}
      table={{
        columns: [c.overTime.date, ...series.map((line) => line.label)],
        rows: dates.map((date) => ({
          key: date,
          header: format.date(date),
          cells: series.map((line) => {
            const value = valueOn(line, date);
            return value === null ? c.noValue : format.percent(value);
          }),
        })),
      }}
      height={() => HEIGHT}
    >
      {(width) => {
        const first = dates[0];
        const last = dates.at(-1);
        const left = MARGIN.left + 6;
        const right = width - MARGIN.right - 6;
        // A single day has no span to spread over: its points sit in the middle.
        const x =
          first && last && first !== last
            ? linearScale(day(first), day(last), left, right)
            : () => (left + right) / 2;
        const y = linearScale(0, 1, HEIGHT - MARGIN.bottom, MARGIN.top);
        const ticks = spreadPicks(dates, Math.max(2, Math.floor((width - MARGIN.left) / 110)));
        return (
          <>
            {GRID.map((share) => (
              <g key={share}>
                <line
                  x1={MARGIN.left}
                  x2={width - MARGIN.right}
                  y1={y(share)}
                  y2={y(share)}
                  className="chart__grid"
                />
                <text x={MARGIN.left - 6} y={y(share) + 4} textAnchor="end" className="chart__axis">
                  {format.percent(share)}
                </text>
              </g>
            ))}
            {ticks.map((date, index) => (
              <text
                key={date}
                x={x(day(date))}
                y={HEIGHT - 8}
                textAnchor={
                  index === 0 && ticks.length > 1 ? 'start' : index === ticks.length - 1 ? 'end' : 'middle'
                }
                className="chart__axis"
              >
                {format.date(date)}
              </text>
            ))}
            {dates.length === 0 ? (
              <text x={width / 2} y={HEIGHT / 2} textAnchor="middle" className="chart__empty">
                {c.noValue}
              </text>
            ) : null}
            {series.map((line, seriesIndex) => {
              const points = line.points.map((point) => ({
                x: x(day(point.date)),
                y: y(clampRatio(point.value)),
              }));
              return (
                <g key={line.key}>
                  <polyline points={polylinePoints(points)} className={line.className} fill="none" />
                  {points.map((point) => (
                    <Marker
                      key={`${point.x}`}
                      x={point.x}
                      y={point.y}
                      shape={seriesIndex}
                      className={line.className}
                    />
                  ))}
                </g>
              );
            })}
          </>
        );
      }}
    </ChartFrame>
  );
}

/** Circle, square, triangle: lines stay apart for people who do not tell the colours apart. */
function Marker({ x, y, shape, className }: { x: number; y: number; shape: number; className: string }) {
  const markerClass = `${className} chart__marker`;
  if (shape % 3 === 0) return <circle cx={x} cy={y} r={3.5} className={markerClass} />;
  if (shape % 3 === 1) return <rect x={x - 3.5} y={y - 3.5} width={7} height={7} className={markerClass} />;
  return (
    <polygon points={`${x},${y - 4.5} ${x + 4.5},${y + 3.5} ${x - 4.5},${y + 3.5}`} className={markerClass} />
  );
}
