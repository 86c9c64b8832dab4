import type { Language } from '@qorgau/core';
import type { Executor } from '@qorgau/db';
import ExcelJS from 'exceljs';
import { type Actor, recordAudit } from '../audit.js';
import { reportPeriod } from './donor-report.js';
import { type DonorReportData, donorReportData } from './donor-report-data.js';

type Cell = string | number;

// A leading =, +, - or @ would make a spreadsheet run the cell as a formula (CSV injection).
function safeCell(value: Cell): Cell {
  return typeof value === 'string' && /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

const PARTNER_HEADERS = [
  'Organisation',
  'Kind',
  'Stage',
  'Days in stage',
  'People',
  'Covered',
  'Acknowledged',
  'Acknowledgement rate',
  'Training assigned',
  'Trained',
  'Training rate',
  'Overdue acknowledgements',
  'Overdue trainings',
  'Last activity (UTC)',
];

function partnerRows(data: DonorReportData, language: Language): Cell[][] {
  return data.partners.map((partner, index) => [
    partner.names[language],
    partner.kind,
    data.partnerRows[index]?.stage ?? partner.stage,
    partner.daysInStage,
    partner.people,
    partner.covered,
    partner.acknowledged,
    partner.acknowledgementRate === null ? '' : Number(partner.acknowledgementRate.toFixed(4)),
    partner.trainingAssigned,
    partner.trained,
    partner.trainingRate === null ? '' : Number(partner.trainingRate.toFixed(4)),
    partner.overdue.acknowledgements,
    partner.overdue.trainings,
    partner.lastActivityAt ?? '',
  ]);
}

/** The donor report's figures as tables: indicators, then the partner table, then case figures. */
export async function monitoringExport(
  tx: Executor,
  tenantId: string,
  actor: Actor,
  query: { language: Language; kind?: 'company' | 'university' | undefined },
  now: Date,
) {
  const period = reportPeriod(now, {});
  const data = await donorReportData(tx, query.language, period, now);
  const kept = data.partners.map((partner, index) => ({ partner, row: data.partnerRows[index] }));
  const filtered = query.kind ? kept.filter((entry) => entry.partner.kind === query.kind) : kept;
  const narrowed: DonorReportData = {
    ...data,
    partners: filtered.map((entry) => entry.partner),
    partnerRows: filtered.flatMap((entry) => (entry.row ? [entry.row] : [])),
  };
  await recordAudit(tx, tenantId, actor, 'programme.monitoringExported', undefined, {
    kind: query.kind ?? null,
  });
  return {
    indicators: [
      ['Indicator', 'Value', 'Target'],
      ...data.indicators.map((indicator) => [indicator.label, indicator.value, indicator.target]),
    ] as Cell[][],
    partners: [PARTNER_HEADERS, ...partnerRows(narrowed, query.language)] as Cell[][],
    cases: [['Figure', 'Value'], ...data.caseReports.map((row) => [row.label, row.value])] as Cell[][],
  };
}
export type MonitoringExport = Awaited<ReturnType<typeof monitoringExport>>;

export function monitoringCsv(tables: MonitoringExport): string {
  const quote = (value: Cell) => `"${String(safeCell(value)).replaceAll('"', '""')}"`;
  const block = (rows: Cell[][]) => rows.map((row) => row.map(quote).join(';'));
  const lines = [...block(tables.indicators), '', ...block(tables.partners), '', ...block(tables.cases)];
  // BOM: Excel in Kazakhstan opens UTF-8 CSV correctly only with it.
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

export async function monitoringXlsx(tables: MonitoringExport): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  for (const [name, rows] of [
    ['Indicators', tables.indicators],
    ['Partners', tables.partners],
    ['Case reports', tables.cases],
  ] as const) {
    const sheet = workbook.addWorksheet(name);
    rows.forEach((row, index) => {
      const added = sheet.addRow(row.map(safeCell));
      if (index === 0) added.font = { bold: true };
    });
    sheet.columns.forEach((column) => {
      column.width = 20;
    });
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
