import { useMutation, useQueryClient } from '@tanstack/react-query';
import { can, useMe } from '../../../app/session';
import { useTRPC } from '../../../app/trpc';
import { FormError } from '../../../components/FormError';
import { useNotify } from '../../../components/Toasts';
import { useI18n } from '../../../i18n/I18nProvider';
import { localDate } from '../../../lib/dates';
import { documentDownloadUrl } from '../../../lib/documentLinks';
import { statusLabel, type TrackingRow } from './types';

const STATUS_TONES: Record<string, string> = {
  completed: 'badge badge--success',
  overdue: 'badge badge--warning',
};

/** The person has used every attempt without passing: only then is another one worth giving. */
export function needsAnotherAttempt(row: Pick<TrackingRow, 'status' | 'attemptsLeft'>): boolean {
  return row.status !== 'completed' && row.attemptsLeft === 0;
}

export function TrackingTable({
  rows,
  total,
  onRefresh,
  refreshing,
}: {
  rows: readonly TrackingRow[];
  total: number;
  onRefresh: () => void;
  refreshing: boolean;
}) {
  const { m, format } = useI18n();
  const t = m.training.hr.tracking;
  const c = t.columns;
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const notify = useNotify();
  const canGrant = can(useMe().data, 'training.manage');
  const manager = useMutation(
    trpc.training.setManager.mutationOptions({
      onSuccess: (_result, input) => {
        const name = rows.find((row) => row.personId === input.personId)?.fullName ?? '';
        notify(input.isManager ? t.managerSet(name) : t.managerUnset(name));
        void queryClient.invalidateQueries({ queryKey: trpc.training.tracking.pathKey() });
      },
    }),
  );
  const grant = useMutation(
    trpc.training.grantAttempt.mutationOptions({
      onSuccess: () => {
        notify(t.granted);
        void queryClient.invalidateQueries({ queryKey: trpc.training.tracking.pathKey() });
      },
    }),
  );
  const shown = rows;
  return (
    <div className="stack">
      <div className="portal-actions">
        <p className="muted" aria-live="polite" data-testid="tracking-count">
          {t.shown(format.number(shown.length), format.number(total))}
        </p>
        <button
          type="button"
          className="button button--small"
          onClick={onRefresh}
          disabled={refreshing}
          data-testid="tracking-refresh"
        >
          {m.common.refresh}
        </button>
      </div>
      <FormError error={grant.error ?? manager.error} />
      {shown.length === 0 ? (
        <p className="muted">{t.none}</p>
      ) : (
        <div className="table-wrap">
          <table className="table table--cards" data-testid="training-tracking-table">
            <caption className="training-caption">{t.peopleCaption}</caption>
            <thead>
              <tr>
                <th scope="col">{c.name}</th>
                <th scope="col">{c.unit}</th>
                <th scope="col">{c.status}</th>
                <th scope="col">{c.manager}</th>
                <th scope="col">{c.due}</th>
                <th scope="col" className="numeric">
                  {c.modules}
                </th>
                <th scope="col" className="numeric">
                  {c.attempts}
                </th>
                <th scope="col" className="numeric">
                  {c.attemptsLeft}
                </th>
                <th scope="col" className="numeric">
                  {c.score}
                </th>
                <th scope="col">{c.completedAt}</th>
                <th scope="col">{c.certificate}</th>
                {canGrant ? (
                  <th scope="col">
                    <span className="visually-hidden">{m.common.actions}</span>
                  </th>
                ) : null}
              </tr>
            </thead>
            <tbody>
              {shown.map((row) => (
                <tr
                  key={`${row.assignmentId}-${row.personId}`}
                  data-testid="tracking-row"
                  data-person-id={row.personId}
                  data-status={row.status}
                  data-attempts={row.attempts}
                  data-attempts-left={row.attemptsLeft ?? ''}
                >
                  <th scope="row" className="table__primary">
                    {row.fullName}
                    {row.number ? <span className="muted"> · {row.number}</span> : null}
                    <div className="muted">{row.assignmentTitle}</div>
                  </th>
                  <td data-label={c.unit}>{row.unitName ?? m.common.none}</td>
                  <td data-label={c.status}>
                    <span className={STATUS_TONES[row.status] ?? 'badge'} data-testid="tracking-status-badge">
                      {statusLabel(m, row.status)}
                    </span>
                  </td>
                  <td data-label={c.manager}>
                    {canGrant ? (
                      <input
                        type="checkbox"
                        className="training-option__input"
                        checked={row.isManager}
                        disabled={manager.isPending}
                        aria-label={`${c.manager}: ${row.fullName}`}
                        onChange={(event) =>
                          manager.mutate({ personId: row.personId, isManager: event.target.checked })
                        }
                        data-testid="tracking-manager"
                      />
                    ) : row.isManager ? (
                      '✓'
                    ) : (
                      m.common.none
                    )}
                  </td>
                  <td data-label={c.due}>{format.date(localDate(row.dueDate))}</td>
                  <td data-label={c.modules} className="numeric">
                    {format.number(row.modulesDone)}
                  </td>
                  <td data-label={c.attempts} className="numeric">
                    {format.number(row.attempts)}
                  </td>
                  <td data-label={c.attemptsLeft} className="numeric" data-testid="tracking-attempts-left">
                    {row.attemptsLeft === null ? m.common.none : format.number(row.attemptsLeft)}
                  </td>
                  <td data-label={c.score} className="numeric">
                    {row.bestScore === null ? m.common.none : format.percent(row.bestScore / 100)}
                  </td>
                  <td data-label={c.completedAt}>
                    {row.completedAt ? format.dateTime(row.completedAt) : m.common.none}
                  </td>
                  <td data-label={c.certificate}>
                    {row.certificate ? (
                      <a
                        href={documentDownloadUrl(row.certificate.documentId)}
                        download={`${row.certificate.publicId ?? 'certificate'}.pdf`}
                        className="button button--small"
                        data-testid="tracking-certificate"
                      >
                        {t.download}
                        <span className="visually-hidden">: {row.fullName}</span>
                      </a>
                    ) : (
                      m.common.none
                    )}
                  </td>
                  {canGrant ? (
                    <td className="table__actions">
                      {needsAnotherAttempt(row) ? (
                        <button
                          type="button"
                          className="button button--small"
                          data-testid="tracking-grant"
                          disabled={grant.isPending}
                          onClick={() =>
                            grant.mutate({ assignmentId: row.assignmentId, personId: row.personId })
                          }
                        >
                          {t.grant}
                          <span className="visually-hidden">: {row.fullName}</span>
                        </button>
                      ) : null}
                    </td>
                  ) : null}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
