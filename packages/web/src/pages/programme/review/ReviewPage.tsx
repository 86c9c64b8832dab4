import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, matchPath, useLocation } from '../../../app/router';
import { useTRPC } from '../../../app/trpc';
import { PageHeader } from '../../../components/PageHeader';
import { ErrorState, Loading } from '../../../components/States';
import { useNotify } from '../../../components/Toasts';
import { useI18n } from '../../../i18n/I18nProvider';
import { LANGUAGE_AUTONYMS } from '../../../i18n/languages';
import { DiffPanel } from '../../hr/policy/DiffPanel';
import { CompliancePanel } from '../../policy/CompliancePanel';
import { parseCustomization } from '../../policy/customization';
import { HashList } from '../../policy/HashList';
import { policyNames } from '../../policy/issues';
import { isFrozen, PolicyStatusBadge } from '../../policy/PolicyStatusBadge';
import { REVIEW_VERSION_PATH } from '../../policy/paths';
import { DecisionPanel } from './DecisionPanel';
import {
  ClauseCommentsSection,
  CustomClausesSection,
  HistorySection,
  SwitchesSection,
  ValuesSection,
} from './ReviewSections';
import { modelOf, reviewClauses } from './reviewModel';

/**
 * /programme/review/:organizationId/:versionId — one partner version under review: compliance, the
 * organisation's own clauses in full, comments per clause, and the decision.
 */
export function ReviewPage() {
  const { m, language, format } = useI18n();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const notify = useNotify();
  const { pathname } = useLocation();
  const params = matchPath(REVIEW_VERSION_PATH, pathname);
  const target = { organizationId: params?.organizationId ?? '', versionId: params?.versionId ?? '' };
  const review = useQuery(trpc.review.get.queryOptions(target));
  const queue = useQuery(trpc.review.queue.queryOptions());
  const comment = useMutation(
    trpc.review.comment.mutationOptions({
      onSuccess: () => {
        notify(m.policy.comments.sent);
        void queryClient.invalidateQueries({ queryKey: trpc.review.get.queryKey(target) });
      },
    }),
  );

  const back = (
    <Link to="/programme/review" className="button button--small">
      {m.review.back}
    </Link>
  );
  if (review.isPending) return <Loading />;
  if (review.isError) {
    return (
      <>
        <PageHeader title={m.review.title} actions={back} />
        <ErrorState error={review.error} onRetry={() => void review.refetch()} />
      </>
    );
  }

  const { version, compliance } = review.data;
  const row = queue.data?.find(
    (entry) => entry.organizationId === target.organizationId && entry.versionId === target.versionId,
  );
  const customization = parseCustomization(version.customization, row?.kind ?? 'company');
  const model = modelOf(review.data);
  const names = policyNames(language, model?.clauses, model?.variables, customization);
  const organization = row?.organizationNames[language] ?? '';
  const frozen = isFrozen(version.status);
  const onComment = frozen
    ? undefined
    : (clauseId: string, body: string) => comment.mutateAsync({ ...target, clauseId, body });

  return (
    <div className="stack stack--large" data-testid="review-page" data-status={version.status}>
      <PageHeader
        title={
          organization
            ? m.review.pageTitle(organization, String(version.number))
            : m.policy.versionTitle(String(version.number))
        }
        intro={
          <span className="version-meta">
            <PolicyStatusBadge status={version.status} />
            <span className="muted">{m.policy.modelVersion(version.modelVersion)}</span>
            <span className="muted">
              · {m.policy.authoritative.label}: {LANGUAGE_AUTONYMS[version.authoritativeLanguage]}
            </span>
            {version.submittedAt ? (
              <span className="muted">
                · {m.policy.columns.submitted}: {format.dateTime(version.submittedAt)}
              </span>
            ) : null}
          </span>
        }
        actions={back}
      />
      {frozen && version.hashes ? (
        <HashList hashes={version.hashes} authoritativeLanguage={version.authoritativeLanguage} />
      ) : null}
      <div className="policy-layout">
        <div className="policy-layout__main stack stack--large">
          <CompliancePanel compliance={compliance} names={names} refreshing={review.isFetching} />
          <section className="card stack" aria-labelledby="review-diff-title">
            <h2 id="review-diff-title">{m.review.diffTitle}</h2>
            <DiffPanel versionId={target.versionId} organizationId={target.organizationId} />
          </section>
          <CustomClausesSection
            customization={customization}
            names={names}
            comments={version.comments}
            onComment={onComment}
            commentPending={comment.isPending}
            commentError={comment.error}
          />
          <ClauseCommentsSection
            options={reviewClauses(review.data, customization, model)}
            names={names}
            comments={version.comments.filter((entry) => !entry.clauseId.startsWith('custom-'))}
            onComment={onComment}
            commentPending={comment.isPending}
            commentError={comment.error}
          />
          <ValuesSection customization={customization} names={names} model={model} />
          <SwitchesSection customization={customization} names={names} />
          <HistorySection history={version.history} />
        </div>
        <aside className="policy-layout__side stack">
          <DecisionPanel target={target} status={version.status} compliance={compliance} />
        </aside>
      </div>
    </div>
  );
}
