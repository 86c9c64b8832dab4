import type { PolicyStatus } from '../../app/types';
import { useI18n } from '../../i18n/I18nProvider';

const BADGES: Record<PolicyStatus, string> = {
  draft: 'badge',
  submitted: 'badge badge--info',
  changes_requested: 'badge badge--warning',
  approved: 'badge badge--success',
  adopted: 'badge badge--success',
  published: 'badge badge--success',
};

/** Approved versions are frozen; adoption by the board and publication to staff keep them so. */
export function isFrozen(status: PolicyStatus): boolean {
  return status === 'approved' || status === 'adopted' || status === 'published';
}

export function isEditableStatus(status: PolicyStatus): boolean {
  return status === 'draft' || status === 'changes_requested';
}

export function PolicyStatusBadge({
  status,
  testId = 'policy-status',
}: {
  status: PolicyStatus;
  testId?: string;
}) {
  const { m } = useI18n();
  return (
    <span className={BADGES[status]} data-testid={testId} data-status={status}>
      {m.policyStatuses[status]}
    </span>
  );
}
