import type { PolicyVersion } from '../../../app/types';
import { useI18n } from '../../../i18n/I18nProvider';
import { isFrozen } from '../../policy/PolicyStatusBadge';

/** Where the version stands and what to do next, above the editor. */
export function StatusNotice({
  version,
  canWrite,
  onShowClauses,
}: {
  version: PolicyVersion;
  canWrite: boolean;
  onShowClauses: () => void;
}) {
  const { m, format } = useI18n();
  const n = m.policy.notices;
  const readOnlyNote = !canWrite ? <p className="muted">{n.readOnly}</p> : null;
  if (version.status === 'submitted') {
    return (
      <div className="alert alert--info" data-testid="policy-notice" data-status="submitted">
        <p>{n.submitted(format.dateTime(version.submittedAt))}</p>
      </div>
    );
  }
  if (version.status === 'changes_requested') {
    const request = [...version.history].reverse().find((change) => change.to === 'changes_requested');
    const programme = version.comments.filter((comment) => comment.side === 'programme').length;
    return (
      <div className="alert alert--warning" data-testid="policy-notice" data-status="changes_requested">
        <p>
          <strong>{n.changesRequested}</strong>
        </p>
        {request?.note ? (
          <blockquote className="reviewer-note" data-testid="policy-reviewer-note">
            <p className="reviewer-note__label">{n.reviewerNote}</p>
            <p>{request.note}</p>
          </blockquote>
        ) : null}
        {programme > 0 ? (
          <div>
            <button type="button" className="link-button" onClick={onShowClauses}>
              {m.policy.comments.fromProgramme(programme)}
            </button>
          </div>
        ) : null}
        {readOnlyNote}
      </div>
    );
  }
  if (isFrozen(version.status)) {
    return (
      <div className="alert alert--success" data-testid="policy-notice" data-status={version.status}>
        <p>{n.approved(format.dateTime(version.approvedAt))}</p>
      </div>
    );
  }
  return readOnlyNote ? <div className="alert alert--info">{readOnlyNote}</div> : null;
}
