import { notFound } from '@qorgau/core';
import { acknowledgementsRepository, type Executor } from '@qorgau/db';
import ExcelJS from 'exceljs';

export async function campaignRoster(tx: Executor, campaignId: string) {
  if (!(await acknowledgementsRepository.findCampaign(tx, campaignId))) throw notFound('campaign');
  const rows = await acknowledgementsRepository.campaignRoster(tx, campaignId);
  return rows.map((row) => ({
    ...row,
    decidedAt: row.decidedAt ? new Date(row.decidedAt).toISOString() : null,
  }));
}

export type RosterRow = Awaited<ReturnType<typeof campaignRoster>>[number];

const COLUMNS: { header: string; value: (row: RosterRow) => string | number }[] = [
  { header: 'Full name', value: (row) => row.fullName },
  { header: 'Number', value: (row) => row.number ?? '' },
  { header: 'Unit', value: (row) => row.unitName ?? '' },
  { header: 'Position', value: (row) => row.position ?? '' },
  { header: 'Status', value: (row) => row.status },
  { header: 'Due date', value: (row) => row.dueDate },
  { header: 'Decided at (UTC)', value: (row) => row.decidedAt ?? '' },
  { header: 'Language', value: (row) => row.language ?? '' },
  { header: 'Text SHA-256', value: (row) => row.sha256 ?? '' },
  { header: 'Refusal reason', value: (row) => row.refusalReason ?? '' },
  { header: 'Receipt', value: (row) => row.receiptPublicId ?? '' },
  { header: 'Reminders sent', value: (row) => row.remindersSent },
];

// A leading =, +, - or @ would make a spreadsheet run the cell as a formula (CSV injection).
function safeCell(value: string | number): string | number {
  return typeof value === 'string' && /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

export function rosterCsv(rows: RosterRow[]): string {
  const quote = (value: string | number) => `"${String(safeCell(value)).replaceAll('"', '""')}"`;
  const lines = [COLUMNS.map((column) => quote(column.header)).join(';')];
  for (const row of rows) lines.push(COLUMNS.map((column) => quote(column.value(row))).join(';'));
  // BOM: Excel in Kazakhstan opens UTF-8 CSV correctly only with it.
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

export async function rosterXlsx(rows: RosterRow[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Acknowledgements');
  sheet.addRow(COLUMNS.map((column) => column.header)).font = { bold: true };
  for (const row of rows) sheet.addRow(COLUMNS.map((column) => safeCell(column.value(row))));
  sheet.columns.forEach((column) => {
    column.width = 22;
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
