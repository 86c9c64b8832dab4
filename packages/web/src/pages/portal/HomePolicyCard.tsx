import { useQuery } from '@tanstack/react-query';
import { Link } from '../../app/router';
import { useTRPC } from '../../app/trpc';
import { ErrorState, Loading } from '../../components/States';
import { useI18n } from '../../i18n/I18nProvider';
import { localDate } from '../../lib/dates';
import { isOverdue, MyPolicyStatusBadge } from './PolicyFacts';
import { MY_POLICY_PATH } from './types';

/** The body of the home page's "Policy to read" card: where the person stands, and the way in. */
export function HomePolicyCard() {
  const { m, format } = useI18n();
  const trpc = useTRPC();
  const current = useQuery(trpc.myPolicy.current.queryOptions());

  if (current.isPending) return <Loading />;
  if (current.isError) return <ErrorState error={current.error} onRetry={() => void current.refetch()} />;
  const policy = current.data;
  if (policy === null || policy.status === 'superseded') {
    return (
      <div className="state state--empty state--inline" data-testid="empty-state-inline">
        <p className="state__title">{m.home.nothingToRead}</p>
        <p>{m.home.policyEmpty}</p>
      </div>
    );
  }

  const pending = policy.status === 'pending';
  const decidedOn = format.date(policy.decidedAt);
  return (
    <div className="stack portal-home" data-testid="home-policy-status" data-status={policy.status}>
      <p>
        <MyPolicyStatusBadge status={policy.status} />
        {isOverdue(policy) ? (
          <>
            {' '}
            <span className="badge badge--warning">{m.portal.overdue}</span>
          </>
        ) : null}
      </p>
      <p>
        {pending
          ? m.portal.home.pending(format.number(policy.number), format.date(localDate(policy.dueDate)))
          : policy.status === 'acknowledged'
            ? m.portal.home.acknowledged(decidedOn)
            : m.portal.home.refused(decidedOn)}
      </p>
      <div>
        <Link
          to={MY_POLICY_PATH}
          className={pending ? 'button button--primary' : 'button'}
          data-testid="home-policy-open"
        >
          {pending ? m.portal.home.open : m.portal.home.view}
        </Link>
      </div>
    </div>
  );
}
