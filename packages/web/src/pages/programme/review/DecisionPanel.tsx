import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTRPC } from '../../../app/trpc';
import type { Compliance, PolicyStatus } from '../../../app/types';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { TextAreaField } from '../../../components/Field';
import { useNotify } from '../../../components/Toasts';
import { useI18n } from '../../../i18n/I18nProvider';
import { PolicyStatusBadge } from '../../policy/PolicyStatusBadge';

type Decision = 'approve' | 'requestChanges';

type Props = {
  target: { organizationId: string; versionId: string };
  status: PolicyStatus;
  compliance: Compliance;
};

/** Approve, or send back with a note; both confirmed, since approval freezes the version for good. */
export function DecisionPanel({ target, status, compliance }: Props) {
  const { m } = useI18n();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const notify = useNotify();
  const titleId = useId();
  const [note, setNote] = useState('');
  const [confirming, setConfirming] = useState<Decision | null>(null);
  const decide = useMutation(
    trpc.review.decide.mutationOptions({
      onSuccess: (_version, input) => {
        setConfirming(null);
        setNote('');
        notify(
          input.decision === 'approve' ? m.review.decision.approved : m.review.decision.changesRequested,
        );
        void queryClient.invalidateQueries({ queryKey: trpc.review.pathKey() });
      },
    }),
  );
  const d = m.review.decision;

  return (
    <section className="card stack" aria-labelledby={titleId} data-testid="review-decision">
      <h2 id={titleId} className="card__title">
        {d.title}
      </h2>
      {status !== 'submitted' ? (
        <>
          <p>
            <PolicyStatusBadge status={status} testId="review-status" />
          </p>
          <p className="muted">{d.notSubmitted}</p>
        </>
      ) : (
        <>
          <TextAreaField
            label={d.note}
            hint={d.noteHint}
            value={note}
            onValueChange={setNote}
            rows={4}
            maxLength={4000}
            optional
            data-testid="review-decision-note"
          />
          {!compliance.ok ? (
            <p className="submit-card__why" id={`${titleId}-blocked`}>
              {d.blocked}
            </p>
          ) : null}
          <div className="decision-actions">
            <button
              type="button"
              className="button button--primary"
              disabled={!compliance.ok || decide.isPending}
              aria-describedby={compliance.ok ? undefined : `${titleId}-blocked`}
              onClick={() => {
                decide.reset();
                setConfirming('approve');
              }}
              data-testid="review-approve"
            >
              {d.approve}
            </button>
            <button
              type="button"
              className="button"
              disabled={decide.isPending}
              onClick={() => {
                decide.reset();
                setConfirming('requestChanges');
              }}
              data-testid="review-request-changes"
            >
              {d.requestChanges}
            </button>
          </div>
        </>
      )}
      <ConfirmDialog
        open={confirming !== null}
        title={confirming === 'approve' ? d.approveTitle : d.requestTitle}
        confirmLabel={confirming === 'approve' ? d.approve : d.requestChanges}
        onConfirm={() => {
          if (!confirming) return;
          const trimmed = note.trim();
          decide.mutate({ ...target, decision: confirming, ...(trimmed ? { note: trimmed } : {}) });
        }}
        onCancel={() => setConfirming(null)}
        pending={decide.isPending}
        error={decide.error}
      >
        <p>{confirming === 'approve' ? d.approveText : d.requestText}</p>
        {note.trim() ? (
          <blockquote className="reviewer-note">
            <p className="reviewer-note__label">{d.note}</p>
            <p>{note.trim()}</p>
          </blockquote>
        ) : null}
      </ConfirmDialog>
    </section>
  );
}
