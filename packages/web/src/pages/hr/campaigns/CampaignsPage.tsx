import { useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { navigate, useSearchParam } from '../../../app/router';
import { can, useMe } from '../../../app/session';
import { useTRPC } from '../../../app/trpc';
import { PageHeader } from '../../../components/PageHeader';
import { EmptyState, ErrorState, Loading } from '../../../components/States';
import { useI18n } from '../../../i18n/I18nProvider';
import { localDate } from '../../../lib/dates';
import { CAMPAIGNS_PATH } from '../adoption/paths';
import { describeAudience } from './audience';
import { CampaignActions } from './CampaignActions';
import { CampaignProgress } from './CampaignProgress';
import { CampaignRoster } from './CampaignRoster';
import { PublishCard } from './PublishCard';
import type { Campaign } from './types';

function campaignPath(campaignId: string): string {
  return `${CAMPAIGNS_PATH}?campaign=${encodeURIComponent(campaignId)}`;
}

/**
 * /hr/campaigns — publishing an adopted version to staff, the versions published so far, and for the
 * chosen one (the latest by default) who has acknowledged it, in total and by unit.
 */
export function CampaignsPage() {
  const { m, format } = useI18n();
  const trpc = useTRPC();
  const me = useMe().data;
  const preselected = useSearchParam('publish');
  const chosen = useSearchParam('campaign');
  const campaigns = useQuery(trpc.campaigns.list.queryOptions());
  const versions = useQuery(
    trpc.policy.versions.queryOptions(undefined, { enabled: can(me, 'policy.read') }),
  );

  const list = campaigns.data ?? [];
  const selected = list.find((campaign) => campaign.id === chosen) ?? list[0];

  const show = (campaignId: string) => {
    navigate(campaignPath(campaignId), { replace: true });
    // Keyboard and screen-reader users land on what they asked for.
    window.requestAnimationFrame(() => document.getElementById('campaign-progress-anchor')?.focus());
  };

  return (
    <>
      <PageHeader title={m.campaigns.title} intro={m.campaigns.intro} />
      <div className="stack stack--large">
        {can(me, 'policy.publish') ? (
          versions.isPending ? (
            <Loading />
          ) : versions.isError ? (
            <ErrorState error={versions.error} onRetry={() => void versions.refetch()} />
          ) : (
            <PublishCard versions={versions.data} preselected={preselected} onPublished={show} />
          )
        ) : null}
        {campaigns.isPending ? (
          <Loading />
        ) : campaigns.isError ? (
          <ErrorState error={campaigns.error} onRetry={() => void campaigns.refetch()} />
        ) : list.length === 0 ? (
          <EmptyState title={m.campaigns.list.title}>{m.campaigns.list.empty}</EmptyState>
        ) : (
          <>
            <CampaignList campaigns={list} selectedId={selected?.id ?? null} onShow={show} />
            {selected ? (
              <div id="campaign-progress-anchor" tabIndex={-1} className="campaign-anchor stack stack--large">
                <CampaignProgress
                  key={selected.id}
                  campaignId={selected.id}
                  versionLabel={format.number(selected.versionNumber)}
                />
                <CampaignActions
                  key={`actions-${selected.id}`}
                  campaignId={selected.id}
                  versionId={selected.versionId}
                />
                <CampaignRoster key={`roster-${selected.id}`} campaignId={selected.id} />
              </div>
            ) : null}
          </>
        )}
      </div>
    </>
  );
}

function CampaignList({
  campaigns,
  selectedId,
  onShow,
}: {
  campaigns: Campaign[];
  selectedId: string | null;
  onShow: (campaignId: string) => void;
}) {
  const { m, format } = useI18n();
  const titleId = useId();
  const c = m.campaigns.list.columns;
  return (
    <section aria-labelledby={titleId} className="stack">
      <h2 id={titleId}>{m.campaigns.list.title}</h2>
      <div className="table-wrap">
        <table className="table table--cards" data-testid="campaigns-table">
          <thead>
            <tr>
              <th scope="col">{c.version}</th>
              <th scope="col">{c.published}</th>
              <th scope="col">{c.due}</th>
              <th scope="col">{c.audience}</th>
              <th scope="col">
                <span className="visually-hidden">{m.common.actions}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {campaigns.map((campaign) => {
              const current = campaign.id === selectedId;
              const title = m.adoption.versionTitle(format.number(campaign.versionNumber));
              return (
                <tr
                  key={campaign.id}
                  className={current ? 'campaign-row--current' : undefined}
                  aria-current={current ? 'true' : undefined}
                  data-testid="campaign-row"
                >
                  <th scope="row" className="table__primary">
                    {title}
                  </th>
                  <td data-label={c.published}>{format.dateTime(campaign.createdAt)}</td>
                  <td data-label={c.due}>{format.date(localDate(campaign.dueDate))}</td>
                  <td data-label={c.audience} data-testid="campaign-audience">
                    {describeAudience(m, (date) => format.date(localDate(date)), campaign.audience)}
                  </td>
                  <td className="table__actions">
                    {current ? (
                      <span className="muted">{m.campaigns.list.shown}</span>
                    ) : (
                      <button
                        type="button"
                        className="button button--small"
                        onClick={() => onShow(campaign.id)}
                      >
                        {m.campaigns.list.show}
                        <span className="visually-hidden">: {title}</span>
                      </button>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
