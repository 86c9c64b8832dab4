import { useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { Link, matchPath, useLocation } from '../../../app/router';
import { useTRPC } from '../../../app/trpc';
import { PageHeader } from '../../../components/PageHeader';
import { EmptyState, ErrorState, Loading } from '../../../components/States';
import { useI18n } from '../../../i18n/I18nProvider';
import '../../../styles/monitoring.css';
import { ReportMatrix } from '../../hr/caseReports/ReportMatrix';
import { PartnerFacts, StageSteps } from './PartnerFacts';
import { PartnerTimeline } from './PartnerTimeline';
import { PartnerTrend } from './PartnerTrend';
import { MONITORING_PATH, PARTNER_PATH } from './paths';
import { UnitRatesTable } from './UnitRatesTable';

/**
 * /programme/monitoring/:organizationId — one partner in depth, still in aggregates: its path through
 * the stages, its acknowledged share over recent days, what happened when, how each unit is doing,
 * and its quarterly case reports.
 */
export function PartnerPage() {
  const { m, language } = useI18n();
  const trpc = useTRPC();
  const { pathname } = useLocation();
  const organizationId = matchPath(PARTNER_PATH, pathname)?.organizationId ?? '';
  const detail = useQuery(
    trpc.monitoring.partner.queryOptions({ organizationId }, { enabled: organizationId !== '' }),
  );
  const reportsId = useId();

  if (detail.isPending) return <Loading />;
  if (detail.isError)
    return (
      <>
        <BackLink />
        <ErrorState error={detail.error} onRetry={() => void detail.refetch()} />
      </>
    );
  const { partner, timeline, units, reports, trend } = detail.data;
  return (
    <>
      <BackLink />
      <PageHeader title={partner.names[language]} intro={m.monitoring.stageHints[partner.stage]} />
      <div className="stack stack--large monitoring" data-testid="partner-detail" data-kind={partner.kind}>
        <p className="muted monitoring__note">{m.monitoring.aggregatesOnly}</p>
        <PartnerFacts partner={partner} />
        <StageSteps stage={partner.stage} />
        <PartnerTrend days={trend.days} target={trend.target} />
        <div className="partner-columns">
          <PartnerTimeline events={timeline} />
          <UnitRatesTable units={units} />
        </div>
        <section className="stack" aria-labelledby={reportsId} data-testid="partner-reports">
          <h2 id={reportsId}>{m.monitoring.partner.reports.title}</h2>
          {reports.length === 0 ? (
            <EmptyState>{m.monitoring.partner.reports.empty}</EmptyState>
          ) : (
            <ReportMatrix reports={reports} testId="partner-report-matrix" />
          )}
        </section>
      </div>
    </>
  );
}

function BackLink() {
  const { m } = useI18n();
  return (
    <p className="back-link">
      <Link to={MONITORING_PATH} data-testid="back-to-partners">
        <span aria-hidden="true">← </span>
        {m.monitoring.partner.back}
      </Link>
    </p>
  );
}
