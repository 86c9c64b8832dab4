import { useQuery } from '@tanstack/react-query';
import { useCallback, useState } from 'react';
import { Link, matchPath, useLocation } from '../../../app/router';
import { can, useMe } from '../../../app/session';
import { useTRPC } from '../../../app/trpc';
import { PageHeader } from '../../../components/PageHeader';
import { EmptyState, ErrorState, Loading } from '../../../components/States';
import { useI18n } from '../../../i18n/I18nProvider';
import { errorCode } from '../../../lib/errors';
import { AdoptionForm } from './AdoptionForm';
import { AdoptionRecordView } from './AdoptionRecordView';
import { AdoptionStatusBadge } from './AdoptionStatusBadge';
import { ADOPTION_PATH, ADOPTION_VERSION_PATH } from './paths';

/** How often the page asks whether the signed extract is ready, and for how many answers at most. */
const EXTRACT_POLL_MS = 2000;
const EXTRACT_MAX_POLLS = 90;

/** /hr/adoption/:versionId — the adoption form for an approved version, or the record once adopted. */
export function AdoptionPage() {
  const { m, format } = useI18n();
  const trpc = useTRPC();
  const me = useMe().data;
  const { pathname } = useLocation();
  const versionId = matchPath(ADOPTION_VERSION_PATH, pathname)?.versionId ?? '';
  // The scanned minutes chosen in the form outlive it: they are sent once the record exists.
  const [pendingMinutes, setPendingMinutes] = useState<File | null>(null);
  const clearPendingMinutes = useCallback(() => setPendingMinutes(null), []);
  const version = useQuery(trpc.policy.get.queryOptions({ id: versionId }));
  const adoption = useQuery(
    trpc.adoption.get.queryOptions(
      { versionId },
      {
        refetchInterval: (query) =>
          query.state.data?.extract.status === 'pending' && query.state.dataUpdateCount < EXTRACT_MAX_POLLS
            ? EXTRACT_POLL_MS
            : false,
      },
    ),
  );

  const back = (
    <Link to={ADOPTION_PATH} className="button button--quiet">
      <span aria-hidden="true">←</span> {m.adoption.back}
    </Link>
  );

  if (version.isPending || adoption.isPending) return <Loading />;
  const failed = version.error ?? adoption.error;
  if (failed) {
    const code = errorCode(failed);
    // A mistyped or foreign id reads the same as a deleted version: there is nothing here to adopt.
    if (code === 'NOT_FOUND' || code === 'BAD_REQUEST')
      return (
        <>
          <PageHeader title={m.adoption.title} actions={back} />
          <EmptyState title={m.errors.codes.NOT_FOUND}>
            {m.errors.messages['policyVersion.notFound']}
          </EmptyState>
        </>
      );
    return (
      <ErrorState
        error={failed}
        onRetry={() => {
          void version.refetch();
          void adoption.refetch();
        }}
      />
    );
  }

  const detail = version.data;
  const record = adoption.data;
  if (!detail) return <Loading />;
  return (
    <>
      <PageHeader
        title={m.adoption.pageTitle(format.number(detail.number))}
        intro={<AdoptionStatusBadge status={detail.status} />}
        actions={back}
      />
      {record ? (
        <AdoptionRecordView
          adoption={record}
          version={detail}
          pendingMinutes={pendingMinutes}
          onPendingMinutesDone={clearPendingMinutes}
        />
      ) : detail.status !== 'approved' ? (
        <EmptyState
          action={
            <Link to="/hr/policy" className="button">
              {m.adoption.toPolicy}
            </Link>
          }
        >
          {m.adoption.notApproved}
        </EmptyState>
      ) : can(me, 'policy.adopt') ? (
        <AdoptionForm version={detail} minutes={pendingMinutes} onMinutes={setPendingMinutes} />
      ) : (
        <EmptyState>{m.adoption.waiting}</EmptyState>
      )}
    </>
  );
}
