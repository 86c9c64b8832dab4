import { useI18n } from '../../../i18n/I18nProvider';
import type { VersionSummary } from './types';

type Status = VersionSummary['status'];

const BADGES: Partial<Record<Status, string>> = {
  approved: 'badge badge--info',
  adopted: 'badge badge--success',
  published: 'badge badge--success',
};

/** Where a version stands after review: awaiting adoption, adopted, or published to staff. */
export function AdoptionStatusBadge({ status }: { status: Status }) {
  const { m } = useI18n();
  const s = m.adoption.statuses;
  const label =
    status === 'approved'
      ? s.approved
      : status === 'adopted'
        ? s.adopted
        : status === 'published'
          ? s.published
          : s.other;
  return (
    <span className={BADGES[status] ?? 'badge'} data-testid="adoption-status" data-status={status}>
      {label}
    </span>
  );
}

export function isAdoptable(status: Status): boolean {
  return status === 'approved' || status === 'adopted' || status === 'published';
}
