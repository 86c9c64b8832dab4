import { useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { Link } from '../../../app/router';
import { useTRPC } from '../../../app/trpc';
import { SelectField } from '../../../components/Field';
import { ErrorState, Loading } from '../../../components/States';
import { useI18n } from '../../../i18n/I18nProvider';
import { LANGUAGE_AUTONYMS, languageOr } from '../../../i18n/languages';
import { isPastDue } from '../../../lib/dates';
import { documentDownloadUrl, verifyPathFor } from '../../../lib/documentLinks';
import { ROSTER_STATUSES, type RosterRow, type RosterStatus } from './types';

const ROSTER_REFRESH_MS = 30_000;

type Filter = 'all' | RosterStatus;

/** Everyone asked to read the version, with what they decided and the evidence behind it. */
export function CampaignRoster({ campaignId }: { campaignId: string }) {
  const { m } = useI18n();
  const trpc = useTRPC();
  const titleId = useId();
  const roster = useQuery(
    trpc.campaigns.roster.queryOptions({ id: campaignId }, { refetchInterval: ROSTER_REFRESH_MS }),
  );
  return (
    <section className="card" aria-labelledby={titleId} data-testid="campaign-roster">
      <div className="campaign-progress__head">
        <h2 id={titleId} className="card__title">
          {m.campaigns.roster.title}
        </h2>
        <button
          type="button"
          className="button button--small"
          onClick={() => void roster.refetch()}
          disabled={roster.isFetching}
          data-testid="roster-refresh"
        >
          {m.common.refresh}
        </button>
      </div>
      {roster.isPending ? (
        <Loading />
      ) : roster.isError ? (
        <ErrorState error={roster.error} onRetry={() => void roster.refetch()} />
      ) : (
        <RosterBody rows={roster.data} />
      )}
    </section>
  );
}

function RosterBody({ rows }: { rows: RosterRow[] }) {
  const { m, format } = useI18n();
  const r = m.campaigns.roster;
  const [filter, setFilter] = useState<Filter>('all');
  const [openId, setOpenId] = useState<string | null>(null);
  const shown = filter === 'all' ? rows : rows.filter((row) => row.status === filter);
  const open = rows.find((row) => row.personId === openId) ?? null;

  return (
    <div className="stack">
      <div className="grid-2">
        <SelectField
          label={r.filter}
          value={filter}
          onValueChange={(value) => setFilter(value as Filter)}
          options={[
            { value: 'all', label: r.filterAll },
            ...ROSTER_STATUSES.map((status) => ({ value: status, label: r.statuses[status] })),
          ]}
          data-testid="roster-filter"
        />
      </div>
      <p className="muted" aria-live="polite" data-testid="roster-count">
        {r.shown(format.number(shown.length), format.number(rows.length))}
      </p>
      {shown.length === 0 ? (
        <p className="muted">{r.none}</p>
      ) : (
        <div className="table-wrap">
          <table className="table table--cards" data-testid="roster-table">
            <thead>
              <tr>
                <th scope="col">{r.columns.name}</th>
                <th scope="col">{r.columns.unit}</th>
                <th scope="col">{r.columns.status}</th>
                <th scope="col">{r.columns.decidedAt}</th>
                <th scope="col" className="numeric">
                  {r.columns.reminders}
                </th>
                <th scope="col">
                  <span className="visually-hidden">{m.common.actions}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {shown.map((row) => {
                const expanded = row.personId === openId;
                return (
                  <tr
                    key={row.personId}
                    className={expanded ? 'campaign-row--current' : undefined}
                    data-testid={`roster-row-${row.personId}`}
                  >
                    <th scope="row" className="table__primary">
                      {row.fullName}
                      {row.number ? <span className="muted"> · {row.number}</span> : null}
                      {row.position ? <div className="muted">{row.position}</div> : null}
                    </th>
                    <td data-label={r.columns.unit}>{row.unitName ?? m.common.none}</td>
                    <td data-label={r.columns.status}>
                      <RosterStatusBadge row={row} />
                    </td>
                    <td data-label={r.columns.decidedAt}>
                      {row.decidedAt ? format.dateTime(row.decidedAt) : m.common.none}
                    </td>
                    <td data-label={r.columns.reminders} className="numeric">
                      {format.number(row.remindersSent)}
                    </td>
                    <td className="table__actions">
                      <button
                        type="button"
                        className="button button--small"
                        aria-expanded={expanded}
                        onClick={() => setOpenId(expanded ? null : row.personId)}
                        data-testid="roster-evidence-toggle"
                      >
                        {r.evidence}
                        <span className="visually-hidden">: {row.fullName}</span>
                      </button>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      {open ? <EvidencePanel row={open} onClose={() => setOpenId(null)} /> : null}
    </div>
  );
}

function RosterStatusBadge({ row }: { row: RosterRow }) {
  const { m } = useI18n();
  const r = m.campaigns.roster;
  const overdue = row.status === 'pending' && isPastDue(row.dueDate);
  const tone =
    row.status === 'acknowledged'
      ? 'badge badge--success'
      : row.status === 'refused' || overdue
        ? 'badge badge--warning'
        : 'badge';
  return (
    <span className={tone} data-testid="roster-status" data-status={row.status}>
      {r.statuses[row.status]}
      {overdue ? ` · ${r.overdue}` : null}
    </span>
  );
}

function EvidencePanel({ row, onClose }: { row: RosterRow; onClose: () => void }) {
  const { m, format } = useI18n();
  const r = m.campaigns.roster;
  const f = r.fields;
  const titleId = useId();
  const decided = row.decidedAt !== null;
  return (
    <section
      className="card stack"
      aria-labelledby={titleId}
      data-testid="roster-evidence"
      data-person={row.personId}
    >
      <div className="campaign-progress__head">
        <h3 id={titleId} className="card__title">
          {r.evidenceTitle(row.fullName)}
        </h3>
        <button type="button" className="button button--small" onClick={onClose}>
          {m.common.close}
        </button>
      </div>
      {!decided ? (
        <p className="muted">{r.noEvidence}</p>
      ) : (
        <dl className="facts">
          <div>
            <dt>{r.columns.status}</dt>
            <dd>
              <RosterStatusBadge row={row} />
            </dd>
          </div>
          <div>
            <dt>{f.time}</dt>
            <dd data-testid="evidence-time">{format.dateTime(row.decidedAt)}</dd>
          </div>
          <div>
            <dt>{f.language}</dt>
            <dd data-testid="evidence-language">
              {row.language ? LANGUAGE_AUTONYMS[languageOr(row.language, 'ru')] : m.common.none}
            </dd>
          </div>
          <div>
            <dt>{f.sha256}</dt>
            <dd className="mono" style={{ overflowWrap: 'anywhere' }} data-testid="evidence-sha256">
              {row.sha256 ?? m.common.none}
            </dd>
          </div>
          <div>
            <dt>{f.ip}</dt>
            <dd className="mono" data-testid="evidence-ip">
              {row.ip ?? m.common.none}
            </dd>
          </div>
          <div>
            <dt>{f.userAgent}</dt>
            <dd style={{ overflowWrap: 'anywhere' }} data-testid="evidence-user-agent">
              {row.userAgent ?? m.common.none}
            </dd>
          </div>
          {row.status === 'refused' || row.refusalReason ? (
            <div>
              <dt>{f.refusalReason}</dt>
              <dd data-testid="evidence-refusal">{row.refusalReason ?? m.common.none}</dd>
            </div>
          ) : null}
          <div>
            <dt>{f.receipt}</dt>
            <dd>
              {row.receiptDocumentId && row.receiptPublicId ? (
                <span className="portal-actions">
                  <a
                    href={documentDownloadUrl(row.receiptDocumentId)}
                    download={`${row.receiptPublicId}.pdf`}
                    className="button button--small"
                    data-testid="evidence-receipt-download"
                  >
                    {r.downloadReceipt}
                  </a>
                  <Link
                    to={verifyPathFor(row.receiptPublicId)}
                    className="button button--small"
                    data-testid="evidence-receipt-verify"
                  >
                    {r.verifyReceipt}
                  </Link>
                </span>
              ) : (
                <span className="muted">{r.noReceipt}</span>
              )}
            </dd>
          </div>
        </dl>
      )}
    </section>
  );
}
