import { type Language, PARTNER_STAGES } from '@qorgau/core';
import type { Executor } from '@qorgau/db';
import { monitoringRepository } from '@qorgau/db';
import { sumReports, suppressedAggregate } from './case-reports.js';
import { chartsData } from './charts.js';
import { CASE_FIGURE_LABELS, INDICATOR_LABELS, KIND_LABELS, STAGE_LABELS } from './labels.js';

function quarterStart(year: number, quarter: number): string {
  return `${year}-${String((quarter - 1) * 3 + 1).padStart(2, '0')}-01`;
}

function quarterStartOf(date: string): string {
  return quarterStart(Number(date.slice(0, 4)), Math.floor((Number(date.slice(5, 7)) - 1) / 3) + 1);
}

function percent(value: number | null): string {
  return value === null ? '–' : `${Math.round(value * 100)}%`;
}

function shown(key: string, value: number): string {
  return key.endsWith('Share') ? percent(value) : String(value);
}

/**
 * Everything the donor report, the CSV and the XLSX show, read once in the programme's
 * transaction: indicators, funnel, trend, partner table and suppressed case figures for the period.
 */
export async function donorReportData(
  tx: Executor,
  language: Language,
  period: { from: string; to: string },
  now: Date,
) {
  const { partners, indicators, funnel, ratesOverTime } = await chartsData(tx, now);
  const reports = (await monitoringRepository.programmeCaseReports(tx)).filter((row) => {
    const start = quarterStart(row.year, row.quarter);
    return start >= quarterStartOf(period.from) && start <= period.to;
  });
  const cases = suppressedAggregate(sumReports(reports));
  const caseFigures = CASE_FIGURE_LABELS[language];
  return {
    partners,
    indicators: indicators.map((indicator) => ({
      key: indicator.key,
      label: INDICATOR_LABELS[language][indicator.key],
      value: shown(indicator.key, indicator.value),
      target: shown(indicator.key, indicator.target),
      met: indicator.value >= indicator.target,
    })),
    funnel: funnel.map((bar) => ({ label: STAGE_LABELS[language][bar.stage], count: bar.count })),
    trend: ratesOverTime
      .filter((point) => point.date >= period.from && point.date <= period.to)
      .map((point) => ({
        date: point.date,
        acknowledged: point.acknowledgedShare,
        trained: point.trainedShare,
      })),
    partnerRows: partners.map((partner) => ({
      name: partner.names[language],
      kind: KIND_LABELS[language][partner.kind],
      stage: STAGE_LABELS[language][partner.stage],
      stageIndex: PARTNER_STAGES.indexOf(partner.stage),
      acknowledged: percent(partner.acknowledgementRate),
      trained: percent(partner.trainingRate),
      daysInStage: partner.daysInStage,
    })),
    caseReports: [
      { label: caseFigures.received, value: String(cases.received) },
      { label: caseFigures.acknowledgedInTime, value: String(cases.acknowledgedInTime) },
      { label: caseFigures.investigated, value: String(cases.investigated) },
      { label: caseFigures.respondedInTime, value: String(cases.respondedInTime) },
      {
        label: caseFigures.medianDaysToRespond,
        value: cases.medianDaysToRespond === null ? '–' : String(cases.medianDaysToRespond),
      },
    ],
    totals: {
      covered: partners.reduce((sum, partner) => sum + partner.covered, 0),
      acknowledged: partners.reduce((sum, partner) => sum + partner.acknowledged, 0),
      trained: partners.reduce((sum, partner) => sum + partner.trained, 0),
    },
  };
}
export type DonorReportData = Awaited<ReturnType<typeof donorReportData>>;
