import { CASE_CHANNELS, CASE_OUTCOMES, CASE_TYPES } from '@qorgau/core';
import type { ReactNode } from 'react';
import { useI18n } from '../../../i18n/I18nProvider';
import { type SuppressedCount as Cell, Count } from './Count';

/** A quarterly report as the monitoring views get it: own reports in full, partners' with "<5" cells. */
export type ReportColumn = {
  year: number;
  quarter: number;
  received: Cell;
  byChannel: Record<(typeof CASE_CHANNELS)[number], Cell>;
  byType: Record<(typeof CASE_TYPES)[number], Cell>;
  acknowledgedInTime: Cell;
  investigated: Cell;
  respondedInTime: Cell;
  outcomes: Record<(typeof CASE_OUTCOMES)[number], Cell>;
  medianDaysToRespond: number | null;
};

type Row = { key: string; label: string; cell: (report: ReportColumn) => ReactNode; sub?: boolean };

/**
 * Quarters as columns and measures as rows, so a long breakdown reads down the page and the quarters
 * compare side by side; on a phone the table scrolls sideways under its sticky first column.
 */
export function ReportMatrix({ reports, testId }: { reports: readonly ReportColumn[]; testId: string }) {
  const { m, format } = useI18n();
  const r = m.monitoring.caseReports;
  const groups: { key: string; title: string; rows: Row[] }[] = [
    {
      key: 'received',
      title: r.form.received,
      rows: [
        { key: 'received', label: r.list.received, cell: (report) => <Count value={report.received} /> },
        ...CASE_CHANNELS.map((channel) => ({
          key: `channel-${channel}`,
          label: `${r.form.byChannel}: ${r.channels[channel]}`,
          cell: (report: ReportColumn) => <Count value={report.byChannel[channel]} />,
          sub: true,
        })),
        ...CASE_TYPES.map((type) => ({
          key: `type-${type}`,
          label: `${r.form.byType}: ${r.types[type]}`,
          cell: (report: ReportColumn) => <Count value={report.byType[type]} />,
          sub: true,
        })),
      ],
    },
    {
      key: 'response',
      title: r.form.response,
      rows: [
        {
          key: 'ack',
          label: r.form.acknowledgedInTime,
          cell: (report) => <Count value={report.acknowledgedInTime} />,
        },
        {
          key: 'investigated',
          label: r.form.investigated,
          cell: (report) => <Count value={report.investigated} />,
        },
        {
          key: 'responded',
          label: r.form.respondedInTime,
          cell: (report) => <Count value={report.respondedInTime} />,
        },
        {
          key: 'median',
          label: r.form.median,
          cell: (report) =>
            report.medianDaysToRespond === null ? m.common.none : format.number(report.medianDaysToRespond),
        },
      ],
    },
    {
      key: 'outcomes',
      title: r.form.outcomes,
      rows: CASE_OUTCOMES.map((outcome) => ({
        key: `outcome-${outcome}`,
        label: r.outcomes[outcome],
        cell: (report: ReportColumn) => <Count value={report.outcomes[outcome]} />,
      })),
    },
  ];
  const columnKey = (report: ReportColumn) => `${report.year}-${report.quarter}`;
  return (
    <div className="table-wrap">
      <table className="table report-matrix" data-testid={testId}>
        <thead>
          <tr>
            <td />
            {reports.map((report) => (
              <th key={columnKey(report)} scope="col" className="numeric">
                {r.period(report.quarter, report.year)}
              </th>
            ))}
          </tr>
        </thead>
        {groups.map((group) => (
          <tbody key={group.key}>
            <tr className="report-matrix__group">
              <th scope="colgroup" colSpan={reports.length + 1}>
                {group.title}
              </th>
            </tr>
            {group.rows.map((row) => (
              <tr key={row.key}>
                <th
                  scope="row"
                  className={
                    row.sub ? 'report-matrix__label report-matrix__label--sub' : 'report-matrix__label'
                  }
                >
                  {row.label}
                </th>
                {reports.map((report) => (
                  <td key={columnKey(report)} className="numeric">
                    {row.cell(report)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        ))}
      </table>
    </div>
  );
}
