import { useMutation } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { Link, useSearchParam } from '../../app/router';
import { useSessionActions } from '../../app/session';
import { useTRPC } from '../../app/trpc';
import { ErrorState, Loading } from '../../components/States';
import { useI18n } from '../../i18n/I18nProvider';
import { errorCode } from '../../lib/errors';
import { MY_POLICY_PATH } from '../portal/types';
import { AuthCard } from './AuthCard';

const LINK_PROBLEMS = ['link.used', 'link.expired', 'link.invalid'] as const;
type LinkProblem = (typeof LINK_PROBLEMS)[number];

/** Which friendly explanation fits the failure; null for failures worth retrying (network, server). */
function linkProblem(error: unknown): LinkProblem | null {
  const message = error instanceof Error ? error.message : '';
  if ((LINK_PROBLEMS as readonly string[]).includes(message)) return message as LinkProblem;
  // A token of the wrong shape never reaches the lookup: for the person it is just as unknown.
  if (errorCode(error) === 'BAD_REQUEST' || errorCode(error) === 'NOT_FOUND') return 'link.invalid';
  return null;
}

/**
 * /link?token=… — the single-use sign-in link from campaign emails. Redeems it once and goes straight
 * to the policy to read; a used, expired or unknown link explains itself and offers normal sign-in.
 */
export function LinkPage() {
  const { m } = useI18n();
  const trpc = useTRPC();
  const token = useSearchParam('token') ?? '';
  const { establish } = useSessionActions();
  const redeem = useMutation(
    trpc.auth.redeemLink.mutationOptions({ onSuccess: (me) => establish(me, MY_POLICY_PATH) }),
  );
  const { mutate } = redeem;
  // The link works once: React's development double effects must not spend it twice.
  const started = useRef(false);

  useEffect(() => {
    if (!token || started.current) return;
    started.current = true;
    mutate({ token });
  }, [token, mutate]);

  if (!token) return <LinkProblemCard text={m.portal.link.missingToken} />;
  if (redeem.isError) {
    const problem = linkProblem(redeem.error);
    if (problem === 'link.used') return <LinkProblemCard text={m.portal.link.used} />;
    if (problem === 'link.expired') return <LinkProblemCard text={m.portal.link.expired} />;
    if (problem === 'link.invalid') return <LinkProblemCard text={m.portal.link.invalid} />;
    return (
      <AuthCard title={m.portal.link.title} testId="link-page">
        <ErrorState error={redeem.error} onRetry={() => mutate({ token })} />
      </AuthCard>
    );
  }
  return (
    <AuthCard title={m.portal.link.title} testId="link-page">
      <Loading label={m.portal.link.working} />
    </AuthCard>
  );
}

function LinkProblemCard({ text }: { text: string }) {
  const { m } = useI18n();
  return (
    <AuthCard title={m.portal.link.title} testId="link-page">
      <div className="alert alert--error" role="alert" data-testid="link-problem">
        <p>{text}</p>
      </div>
      <div className="stack">
        <Link
          to={`/signin?next=${encodeURIComponent(MY_POLICY_PATH)}`}
          className="button button--primary button--block"
          data-testid="link-signin"
        >
          {m.portal.link.signIn}
        </Link>
        <p className="auth-card__footer">
          <Link to="/forgot">{m.portal.link.forgot}</Link>
        </p>
      </div>
    </AuthCard>
  );
}
