import { isLanguage, type Language } from '@qorgau/core';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useCallback, useRef, useState } from 'react';
import { useMe } from '../../app/session';
import { useTRPC } from '../../app/trpc';
import { PageHeader } from '../../components/PageHeader';
import { EmptyState, ErrorState, Loading } from '../../components/States';
import { useI18n } from '../../i18n/I18nProvider';
import { languageOr } from '../../i18n/languages';
import { AcknowledgeForm } from './AcknowledgeForm';
import { DecidedPolicy } from './Decision';
import { PolicyFacts } from './PolicyFacts';
import { PolicyReader } from './PolicyReader';
import { RefuseForm } from './RefuseForm';
import type { MyPolicy } from './types';

/**
 * /my-policy — the page most people ever see: the policy to read, then "I have read it" or "I do not
 * agree". Mobile first; everything works with the keyboard alone.
 */
export function MyPolicyPage() {
  const { m } = useI18n();
  const trpc = useTRPC();
  const current = useQuery(trpc.myPolicy.current.queryOptions());
  const [justDecided, setJustDecided] = useState(false);

  return (
    <div className="portal" data-testid="my-policy-page">
      <PageHeader title={m.portal.title} intro={m.portal.intro} />
      {current.isPending ? (
        <Loading />
      ) : current.isError ? (
        <ErrorState error={current.error} onRetry={() => void current.refetch()} />
      ) : current.data === null || current.data.status === 'superseded' ? (
        <EmptyState title={m.portal.emptyTitle}>{m.portal.emptyText}</EmptyState>
      ) : (
        <div className="stack stack--large">
          <PolicyFacts policy={current.data} />
          {current.data.status === 'pending' ? (
            <PendingPolicy policy={current.data} onDecided={() => setJustDecided(true)} />
          ) : (
            <DecidedPolicy policy={current.data} justDecided={justDecided} />
          )}
        </div>
      )}
    </div>
  );
}

function PendingPolicy({ policy, onDecided }: { policy: MyPolicy; onDecided: () => void }) {
  const { m, language: shownLanguage, hasLocalChoice } = useI18n();
  const trpc = useTRPC();
  const accountLanguage = useMe().data?.user.language;
  // Without a choice on this device the interface is about to switch to the account's language (its
  // dictionary may still be downloading): taking it now fetches and lays out the long text once, not twice.
  const interfaceLanguage = !hasLocalChoice && isLanguage(accountLanguage) ? accountLanguage : shownLanguage;
  // The text follows the interface language until the person picks a language for the text itself.
  const [chosenLanguage, setChosenLanguage] = useState<Language | null>(() =>
    policy.language ? languageOr(policy.language, interfaceLanguage) : null,
  );
  const language = chosenLanguage ?? interfaceLanguage;
  // Languages whose end the server has recorded (also on an earlier visit); acknowledging needs the
  // text read in that language.
  const [readToEnd, setReadToEnd] = useState<ReadonlySet<Language>>(
    () => new Set(policy.reads.filter((read) => read.reachedEnd).map((read) => read.language)),
  );
  const requested = useRef(new Set<Language>());
  const reachedEnd = useMutation(
    trpc.myPolicy.reachedEnd.mutationOptions({
      onSuccess: (_result, input) => setReadToEnd((done) => new Set(done).add(input.language)),
      onError: (_error, input) => requested.current.delete(input.language),
    }),
  );
  const { mutate: recordEnd } = reachedEnd;
  const { versionId } = policy;

  const onReachedEnd = useCallback(() => {
    if (requested.current.has(language)) return;
    requested.current.add(language);
    recordEnd({ versionId, language });
  }, [language, versionId, recordEnd]);

  return (
    <>
      <PolicyReader
        versionId={versionId}
        language={language}
        onLanguage={setChosenLanguage}
        onReachedEnd={onReachedEnd}
        reachedEnd={readToEnd.has(language)}
      />
      {reachedEnd.isError && reachedEnd.variables?.language === language ? (
        <div className="alert alert--error" role="alert" data-testid="reached-end-error">
          <p>{m.portal.reader.endFailed}</p>
          <div>
            <button type="button" className="button button--small" onClick={onReachedEnd}>
              {m.common.retry}
            </button>
          </div>
        </div>
      ) : null}
      <AcknowledgeForm
        policy={policy}
        language={language}
        readToEnd={readToEnd.has(language)}
        onDecided={onDecided}
      />
      <RefuseForm policy={policy} language={language} onDecided={onDecided} />
    </>
  );
}
