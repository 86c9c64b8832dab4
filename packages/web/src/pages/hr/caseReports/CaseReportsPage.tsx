import { useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { can, useMe } from '../../../app/session';
import { useTRPC } from '../../../app/trpc';
import { PageHeader } from '../../../components/PageHeader';
import { EmptyState, ErrorState, Loading } from '../../../components/States';
import { useI18n } from '../../../i18n/I18nProvider';
import '../../../styles/monitoring.css';
import { CaseReportForm } from './CaseReportForm';
import { ReportMatrix } from './ReportMatrix';

/** /hr/case-reports — the quarterly counts an organisation sends the programme, and what it sent so far. */
export function CaseReportsPage() {
  const { m, format } = useI18n();
  const trpc = useTRPC();
  const me = useMe().data;
  const listId = useId();
  const reports = useQuery(trpc.caseReports.list.queryOptions());
  const r = m.monitoring.caseReports;
  const l = r.list;
  const sorted = [...(reports.data ?? [])].sort((a, b) => a.year - b.year || a.quarter - b.quarter);
  return (
    <>
      <PageHeader title={r.title} intro={r.intro} />
      <div className="stack stack--large">
        {can(me, 'caseReports.write') ? <CaseReportForm submitted={reports.data ?? []} /> : null}
        <section className="stack" aria-labelledby={listId} data-testid="case-reports-list">
          <h2 id={listId}>{l.title}</h2>
          {reports.isPending ? (
            <Loading />
          ) : reports.isError ? (
            <ErrorState error={reports.error} onRetry={() => void reports.refetch()} />
          ) : sorted.length === 0 ? (
            <EmptyState>{l.empty}</EmptyState>
          ) : (
            <>
              <div className="table-wrap">
                <table className="table table--cards">
                  <thead>
                    <tr>
                      <th scope="col">{l.period}</th>
                      <th scope="col" className="numeric">
                        {l.received}
                      </th>
                      <th scope="col" className="numeric">
                        {l.acknowledgedInTime}
                      </th>
                      <th scope="col" className="numeric">
                        {l.investigated}
                      </th>
                      <th scope="col" className="numeric">
                        {l.respondedInTime}
                      </th>
                      <th scope="col" className="numeric">
                        {l.median}
                      </th>
                      <th scope="col">{l.submittedAt}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {[...sorted].reverse().map((report) => (
                      <tr key={report.id} data-testid="case-report-row">
                        <th scope="row" className="table__primary">
                          {r.period(report.quarter, report.year)}
                        </th>
                        <td className="numeric" data-label={l.received}>
                          {format.number(report.received)}
                        </td>
                        <td className="numeric" data-label={l.acknowledgedInTime}>
                          {format.number(report.acknowledgedInTime)}
                        </td>
                        <td className="numeric" data-label={l.investigated}>
                          {format.number(report.investigated)}
                        </td>
                        <td className="numeric" data-label={l.respondedInTime}>
                          {format.number(report.respondedInTime)}
                        </td>
                        <td className="numeric" data-label={l.median}>
                          {report.medianDaysToRespond === null
                            ? m.common.none
                            : format.number(report.medianDaysToRespond)}
                        </td>
                        <td data-label={l.submittedAt}>
                          {format.dateTime(report.submittedAt)}
                          {report.revision > 1 ? (
                            <span className="table__secondary">{r.revision(report.revision)}</span>
                          ) : null}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
              <details className="case-report-details">
                <summary>{l.details}</summary>
                <ReportMatrix reports={sorted} testId="own-report-matrix" />
              </details>
            </>
          )}
        </section>
      </div>
    </>
  );
}
