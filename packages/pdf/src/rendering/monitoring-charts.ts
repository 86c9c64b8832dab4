import type { MonitoringReportData } from '../schemas/monitoring-report.js';

const FUNNEL_WIDTH = 360;
const BAR_HEIGHT = 18;
const TREND_WIDTH = 480;
const TREND_HEIGHT = 140;

type Programme = NonNullable<MonitoringReportData['programme']>;

/** Geometry for the donor report's inline SVG charts, so the template only places shapes. */
export function monitoringChartsView(programme: Programme | undefined) {
  if (!programme) return { programme: false };
  const most = Math.max(1, ...programme.funnel.map((bar) => bar.count));
  const funnel = programme.funnel.map((bar, index) => ({
    ...bar,
    y: index * (BAR_HEIGHT + 6),
    textY: index * (BAR_HEIGHT + 6) + BAR_HEIGHT - 5,
    width: Math.max(1, Math.round((bar.count / most) * FUNNEL_WIDTH)),
    countX: 156 + Math.max(1, Math.round((bar.count / most) * FUNNEL_WIDTH)),
  }));
  const steps = Math.max(1, programme.trend.length - 1);
  const line = (pick: (point: Programme['trend'][number]) => number) =>
    programme.trend
      .map((point, index) => {
        const x = Math.round((index / steps) * TREND_WIDTH);
        const y = Math.round(TREND_HEIGHT - pick(point) * TREND_HEIGHT);
        return `${x},${y}`;
      })
      .join(' ');
  return {
    programme: true,
    funnel,
    funnelHeight: funnel.length * (BAR_HEIGHT + 6),
    trendAcknowledged: line((point) => point.acknowledged),
    trendTrained: line((point) => point.trained),
    trendFrom: programme.trend[0]?.date ?? '',
    trendTo: programme.trend.at(-1)?.date ?? '',
  };
}
