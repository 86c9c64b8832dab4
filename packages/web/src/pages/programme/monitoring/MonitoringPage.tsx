import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { can, useMe } from '../../../app/session';
import { useTRPC } from '../../../app/trpc';
import { PageHeader } from '../../../components/PageHeader';
import { ErrorState, Loading } from '../../../components/States';
import { useI18n } from '../../../i18n/I18nProvider';
import '../../../styles/monitoring.css';
import { ExportsCard } from './ExportsCard';
import { IndicatorsPanel } from './IndicatorsPanel';
import { MonitoringCharts } from './MonitoringCharts';
import { PartnersSection } from './PartnersSection';
import { TargetsDialog } from './TargetsDialog';
import type { Targets } from './targets';
import type { PartnerKind } from './types';

/**
 * /programme/monitoring — what the programme team opens every morning: the indicators against their
 * targets, every partner's stage and what is late, the charts, and the donor report.
 */
export function MonitoringPage() {
  const { m } = useI18n();
  const trpc = useTRPC();
  const me = useMe().data;
  const indicators = useQuery(trpc.monitoring.indicators.queryOptions());
  const [kind, setKind] = useState<PartnerKind | 'all'>('all');
  const [editing, setEditing] = useState<Targets | null>(null);
  const mayEditTargets = can(me, 'monitoring.writeTargets');
  const targets = indicators.data?.targets;

  return (
    <>
      <PageHeader title={m.monitoring.title} intro={m.monitoring.intro} />
      <div className="stack stack--large monitoring">
        <p className="muted monitoring__note">{m.monitoring.aggregatesOnly}</p>
        {indicators.isPending ? (
          <Loading />
        ) : indicators.isError ? (
          <ErrorState error={indicators.error} onRetry={() => void indicators.refetch()} />
        ) : (
          <IndicatorsPanel
            indicators={indicators.data.indicators}
            onEditTargets={mayEditTargets ? () => setEditing(indicators.data.targets) : null}
          />
        )}
        <PartnersSection kind={kind} onKind={setKind} />
        <MonitoringCharts
          kind={kind}
          targets={
            targets ? { acknowledged: targets.acknowledgedShare, trained: targets.trainedShare } : null
          }
        />
        <ExportsCard kind={kind} />
      </div>
      <TargetsDialog targets={editing} onClose={() => setEditing(null)} />
    </>
  );
}
