import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTRPC } from '../../../app/trpc';
import type { Compliance } from '../../../app/types';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { useNotify } from '../../../components/Toasts';
import { useI18n } from '../../../i18n/I18nProvider';
import { IssueList } from '../../policy/CompliancePanel';
import type { IssueTarget, PolicyNames } from '../../policy/issues';
import type { SavePhase } from './useAutosave';

/** The side card names the first problems; the compliance tab has them all. */
const SHOWN_ISSUES = 3;

type Props = {
  versionId: string;
  compliance: Compliance | undefined;
  checking: boolean;
  phase: SavePhase;
  names: PolicyNames;
  revision: () => number;
  onGoTo: (target: NonNullable<IssueTarget>) => void;
  onShowReport: () => void;
};

/** Submit, disabled with the reasons while anything stands in the way. */
export function SubmitCard({
  versionId,
  compliance,
  checking,
  phase,
  names,
  revision,
  onGoTo,
  onShowReport,
}: Props) {
  const { m } = useI18n();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const notify = useNotify();
  const titleId = useId();
  const [confirming, setConfirming] = useState(false);
  const submit = useMutation(
    trpc.policy.submit.mutationOptions({
      onSuccess: () => {
        setConfirming(false);
        notify(m.policy.submit.done);
        void queryClient.invalidateQueries({ queryKey: trpc.policy.pathKey() });
      },
    }),
  );

  const reasons = m.policy.submit.reasons;
  const blocking = compliance?.blocking ?? [];
  const why = [
    phase === 'conflict' || phase === 'notEditable' || phase === 'staleBackup'
      ? reasons.conflict
      : phase !== 'saved'
        ? reasons.saving
        : null,
    checking || !compliance ? reasons.checking : null,
    blocking.length > 0 ? reasons.blocking(blocking.length) : null,
  ].filter((reason): reason is string => reason !== null);

  return (
    <section className="card stack" aria-labelledby={titleId} data-testid="submit-card">
      <h2 id={titleId} className="card__title">
        {m.policy.submit.title}
      </h2>
      <p className="muted">{m.policy.submit.text}</p>
      {compliance ? (
        <p
          className={compliance.ok ? 'submit-card__verdict submit-card__verdict--ok' : 'submit-card__verdict'}
        >
          {compliance.ok ? m.policy.compliance.ok : m.policy.compliance.blockingCount(blocking.length)}
          {compliance.warnings.length > 0 ? (
            <span className="muted"> · {m.policy.compliance.warningsCount(compliance.warnings.length)}</span>
          ) : null}
        </p>
      ) : null}
      {blocking.length > 0 ? (
        <IssueList
          issues={blocking.slice(0, SHOWN_ISSUES)}
          names={names}
          onGoTo={onGoTo}
          tone="blocking"
          testId="submit-blocking"
        />
      ) : null}
      <div>
        <button type="button" className="link-button" onClick={onShowReport}>
          {m.policy.compliance.seeAll}
        </button>
      </div>
      {why.length > 0 ? (
        <p className="submit-card__why" id={`${titleId}-why`} data-testid="submit-reasons">
          {m.policy.submit.cannot} {why.join('; ')}.
        </p>
      ) : null}
      <button
        type="button"
        className="button button--primary button--block"
        disabled={why.length > 0 || submit.isPending}
        aria-describedby={why.length > 0 ? `${titleId}-why` : undefined}
        onClick={() => {
          submit.reset();
          setConfirming(true);
        }}
        data-testid="policy-submit"
      >
        {m.policy.submit.button}
      </button>
      <ConfirmDialog
        open={confirming}
        title={m.policy.submit.confirmTitle}
        confirmLabel={m.policy.submit.button}
        onConfirm={() => submit.mutate({ id: versionId, revision: revision() })}
        onCancel={() => setConfirming(false)}
        pending={submit.isPending}
        error={submit.error}
      >
        <p>{m.policy.submit.confirmText}</p>
      </ConfirmDialog>
    </section>
  );
}
