import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { can, useMe } from '../../app/session';
import { useTRPC } from '../../app/trpc';
import type { Invitation } from '../../app/types';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { PageHeader } from '../../components/PageHeader';
import { EmptyState, ErrorState, Loading } from '../../components/States';
import { useNotify } from '../../components/Toasts';
import { useI18n } from '../../i18n/I18nProvider';

const STATUS_BADGES: Record<Invitation['status'], string> = {
  pending: 'badge badge--pending',
  accepted: 'badge badge--success',
  expired: 'badge',
  revoked: 'badge',
};

export function InvitationsPage() {
  const { m, format } = useI18n();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const notify = useNotify();
  const canWrite = can(useMe().data, 'invitations.write');
  const invitations = useQuery(trpc.invitations.list.queryOptions());
  const [revoking, setRevoking] = useState<Invitation | null>(null);
  const revoke = useMutation(
    trpc.invitations.revoke.mutationOptions({
      onSuccess: () => {
        void queryClient.invalidateQueries({ queryKey: trpc.invitations.list.queryKey() });
        void queryClient.invalidateQueries({ queryKey: trpc.people.pathKey() });
        notify(m.invitations.revoked);
        setRevoking(null);
      },
    }),
  );

  const rows = [...(invitations.data ?? [])].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  const c = m.invitations.columns;

  return (
    <>
      <PageHeader title={m.invitations.title} intro={m.invitations.intro} />
      {invitations.isPending ? (
        <Loading />
      ) : invitations.isError ? (
        <ErrorState error={invitations.error} onRetry={() => void invitations.refetch()} />
      ) : rows.length === 0 ? (
        <EmptyState>{m.invitations.empty}</EmptyState>
      ) : (
        <div className="table-wrap">
          <table className="table table--cards" data-testid="invitations-table">
            <thead>
              <tr>
                <th scope="col">{c.email}</th>
                <th scope="col">{c.role}</th>
                <th scope="col">{c.sent}</th>
                <th scope="col">{c.expires}</th>
                <th scope="col">{c.status}</th>
                {canWrite ? (
                  <th scope="col">
                    <span className="visually-hidden">{m.common.actions}</span>
                  </th>
                ) : null}
              </tr>
            </thead>
            <tbody>
              {rows.map((invitation) => (
                <tr key={invitation.id} data-testid="invitation-row">
                  <th scope="row" className="table__primary">
                    <span>{invitation.fullName ?? invitation.email}</span>
                    {invitation.fullName ? (
                      <span className="table__secondary">{invitation.email}</span>
                    ) : null}
                  </th>
                  <td data-label={c.role}>{m.roles[invitation.role]}</td>
                  <td data-label={c.sent}>{format.dateTime(invitation.createdAt)}</td>
                  <td data-label={c.expires}>{format.dateTime(invitation.expiresAt)}</td>
                  <td data-label={c.status}>
                    <span className={STATUS_BADGES[invitation.status]}>
                      {m.invitationStatuses[invitation.status]}
                    </span>
                  </td>
                  {canWrite ? (
                    <td className="table__actions">
                      {invitation.status === 'pending' ? (
                        <button
                          type="button"
                          className="button button--small button--quiet-danger"
                          onClick={() => setRevoking(invitation)}
                          data-testid="revoke-invitation"
                        >
                          {m.invitations.revoke}
                          <span className="visually-hidden">: {invitation.email}</span>
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
      <ConfirmDialog
        open={revoking !== null}
        title={m.invitations.revokeTitle}
        confirmLabel={m.invitations.revoke}
        onConfirm={() => revoking && revoke.mutate({ id: revoking.id })}
        onCancel={() => {
          setRevoking(null);
          revoke.reset();
        }}
        pending={revoke.isPending}
        error={revoke.error}
        danger
      >
        <p>
          <strong>{revoking?.email}</strong>
        </p>
        <p>{m.invitations.revokeText}</p>
      </ConfirmDialog>
    </>
  );
}
