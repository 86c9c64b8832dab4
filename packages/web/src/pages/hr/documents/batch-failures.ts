import type { JobFailure } from '../../../components/JobProgress';
import type { Messages } from '../../../i18n/messages';

interface BatchFailure {
  itemKey: string;
  reason: 'renderFailed' | 'subjectMissing';
  personName: string | null;
  failedAt: string;
}

/** The person's name and a translated reason, in the shape the progress component lists. */
export function toJobFailures(
  failures: readonly BatchFailure[] | undefined,
  m: Messages,
): JobFailure[] | undefined {
  return failures?.map((failure) => ({
    itemKey: failure.itemKey,
    failedAt: failure.failedAt,
    error: m.documents.failureReasons[failure.reason],
    ...(failure.personName ? { label: failure.personName } : {}),
  }));
}
