import { useI18n } from '../../i18n/I18nProvider';
import { isPastDue, localDate } from '../../lib/dates';
import type { MyPolicy, MyPolicyStatus } from './types';

const STATUS_BADGES: Record<MyPolicyStatus, string> = {
  pending: 'badge badge--pending',
  acknowledged: 'badge badge--success',
  refused: 'badge',
  superseded: 'badge',
};

export function MyPolicyStatusBadge({ status }: { status: MyPolicyStatus }) {
  const { m } = useI18n();
  return (
    <span className={STATUS_BADGES[status]} data-testid="my-policy-status" data-status={status}>
      {m.portal.statuses[status]}
    </span>
  );
}

/** Overdue only while the person still has to decide; a late decision is simply a decision. */
export function isOverdue(policy: Pick<MyPolicy, 'status' | 'dueDate'>): boolean {
  return policy.status === 'pending' && isPastDue(policy.dueDate);
}

export function PolicyFacts({ policy }: { policy: MyPolicy }) {
  const { m, format } = useI18n();
  const f = m.portal.facts;
  return (
    <dl className="facts facts--inline portal-facts" data-testid="my-policy-facts">
      <div>
        <dt>{f.version}</dt>
        <dd className="tabular">{format.number(policy.number)}</dd>
      </div>
      {policy.effectiveDate ? (
        <div>
          <dt>{f.effective}</dt>
          <dd>{format.date(localDate(policy.effectiveDate))}</dd>
        </div>
      ) : null}
      <div>
        <dt>{f.due}</dt>
        <dd>
          {format.date(localDate(policy.dueDate))}
          {isOverdue(policy) ? (
            <>
              {' '}
              <span className="badge badge--warning">{m.portal.overdue}</span>
            </>
          ) : null}
        </dd>
      </div>
      <div>
        <dt>{f.status}</dt>
        <dd>
          <MyPolicyStatusBadge status={policy.status} />
        </dd>
      </div>
    </dl>
  );
}
