import { LANGUAGES, type Language } from '@qorgau/core';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTRPC } from '../../../app/trpc';
import type { PolicyDiff } from '../../../app/types';
import { EmptyState, ErrorState, Loading } from '../../../components/States';
import { useI18n } from '../../../i18n/I18nProvider';
import { LANGUAGE_AUTONYMS, languageOr } from '../../../i18n/languages';
import { EngineHtml } from '../../policy/EngineHtml';

type ClauseDiff = PolicyDiff['clauses'][number];
type WordChange = NonNullable<ClauseDiff['words']>[number];

/**
 * The engine diffs word by word, so replacing "[Organisation name]" with "Dala Energy JSC" comes out
 * as removed, inserted, a shared space, removed, inserted. Runs of changes that are only separated by
 * spaces read better as one removal followed by one insertion.
 */
export function coalesceChanges(words: readonly WordChange[]): WordChange[] {
  const result: WordChange[] = [];
  let index = 0;
  while (index < words.length) {
    const word = words[index] as WordChange;
    if (word.op === 'equal') {
      result.push(word);
      index++;
      continue;
    }
    let removed = '';
    let inserted = '';
    while (index < words.length) {
      const current = words[index] as WordChange;
      const next = words[index + 1];
      if (current.op === 'delete') removed += current.text;
      else if (current.op === 'insert') inserted += current.text;
      else if (/^\s+$/.test(current.text) && next && next.op !== 'equal') {
        removed += current.text;
        inserted += current.text;
      } else break;
      index++;
    }
    // Only spaces on one side: they are already inside the other side's run.
    if (removed.trim()) result.push({ op: 'delete', text: removed });
    if (inserted.trim()) result.push({ op: 'insert', text: inserted });
  }
  return result;
}

const STATUS_BADGES: Record<ClauseDiff['status'], string> = {
  added: 'badge badge--success',
  removed: 'badge badge--danger',
  changed: 'badge badge--info',
  unchanged: 'badge',
};

/**
 * The organisation's version against the untouched model, clause by clause and word by word.
 * Project staff pass the partner's id and read it through the review procedures.
 */
export function DiffPanel({ versionId, organizationId }: { versionId: string; organizationId?: string }) {
  const { m, language: interfaceLanguage, format } = useI18n();
  const trpc = useTRPC();
  const languageId = useId();
  const [language, setLanguage] = useState<Language>(interfaceLanguage);
  const [onlyChanges, setOnlyChanges] = useState(true);
  const target = organizationId ? { organizationId, versionId, language } : null;
  const diff = useQuery(
    target
      ? trpc.review.diff.queryOptions(target, { placeholderData: keepPreviousData })
      : trpc.policy.diff.queryOptions({ id: versionId, language }, { placeholderData: keepPreviousData }),
  );
  const hasAdded = diff.data?.clauses.some((clause) => clause.status === 'added') ?? false;
  // Added clauses have no words to compare: their full text comes from the preview in the same language.
  const preview = useQuery(
    target
      ? trpc.review.preview.queryOptions(target, { enabled: hasAdded, placeholderData: keepPreviousData })
      : trpc.policy.preview.queryOptions(
          { id: versionId, language },
          { enabled: hasAdded, placeholderData: keepPreviousData },
        ),
  );
  const addedHtml = new Map((preview.data?.clauses ?? []).map((clause) => [clause.id, clause.html]));

  return (
    <div className="stack" data-testid="policy-diff">
      <p className="muted">{m.policy.diff.intro}</p>
      <div className="toolbar">
        <div className="toolbar__item">
          <label htmlFor={languageId} className="toolbar__label">
            {m.policy.diff.language}
          </label>
          <select
            id={languageId}
            className="input input--compact"
            value={language}
            onChange={(event) => setLanguage(languageOr(event.target.value, language))}
            data-testid="diff-language"
          >
            {LANGUAGES.map((code) => (
              <option key={code} value={code}>
                {LANGUAGE_AUTONYMS[code]}
              </option>
            ))}
          </select>
        </div>
        <label className="checkbox">
          <input
            type="checkbox"
            checked={onlyChanges}
            onChange={(event) => setOnlyChanges(event.target.checked)}
            data-testid="diff-only-changes"
          />
          <span>{m.policy.diff.onlyChanges}</span>
        </label>
        {diff.data ? (
          <p className="toolbar__count" data-testid="diff-summary">
            {m.policy.diff.summary(
              format.number(diff.data.summary.added),
              format.number(diff.data.summary.removed),
              format.number(diff.data.summary.changed),
              format.number(diff.data.summary.unchanged),
            )}
          </p>
        ) : null}
      </div>
      {diff.isPending ? (
        <Loading />
      ) : diff.isError ? (
        <ErrorState error={diff.error} onRetry={() => void diff.refetch()} />
      ) : (
        <DiffList
          clauses={diff.data.clauses.filter((clause) => !onlyChanges || clause.status !== 'unchanged')}
          language={language}
          addedHtml={addedHtml}
          refreshing={diff.isFetching}
        />
      )}
    </div>
  );
}

function DiffList({
  clauses,
  language,
  addedHtml,
  refreshing,
}: {
  clauses: ClauseDiff[];
  language: Language;
  addedHtml: Map<string, string>;
  refreshing: boolean;
}) {
  const { m } = useI18n();
  if (clauses.length === 0) return <EmptyState>{m.policy.diff.noChanges}</EmptyState>;
  return (
    <ol className={refreshing ? 'diff-list is-refreshing' : 'diff-list'} aria-busy={refreshing}>
      {clauses.map((clause) => {
        const html = clause.status === 'added' ? addedHtml.get(clause.id) : undefined;
        return (
          <li
            key={clause.id}
            className={`card diff-clause diff-clause--${clause.status}${clause.custom ? ' diff-clause--custom' : ''}`}
            data-testid="diff-clause"
            data-status={clause.status}
            data-clause={clause.id}
          >
            <div className="diff-clause__head">
              <h3 lang={language}>
                {clause.titleChanged && clause.titleBefore ? (
                  <>
                    <del>{clause.titleBefore}</del> <ins>{clause.titleAfter}</ins>
                  </>
                ) : clause.status === 'removed' ? (
                  <del>{clause.titleBefore}</del>
                ) : (
                  (clause.titleAfter ?? clause.titleBefore)
                )}
              </h3>
              <span className={STATUS_BADGES[clause.status]}>{m.policy.diff.statuses[clause.status]}</span>
              {clause.custom ? <span className="badge badge--custom">{m.policy.clauses.custom}</span> : null}
            </div>
            {clause.words ? (
              <p className="diff-words" lang={language}>
                {coalesceChanges(clause.words).map((word, index) =>
                  word.op === 'equal' ? (
                    // biome-ignore lint/suspicious/noArrayIndexKey: word runs have no identity beyond their order
                    <span key={index}>{word.text}</span>
                  ) : word.op === 'insert' ? (
                    // biome-ignore lint/suspicious/noArrayIndexKey: as above
                    <ins key={index}>
                      <span className="visually-hidden">{m.policy.diff.inserted} </span>
                      {word.text}
                    </ins>
                  ) : (
                    // biome-ignore lint/suspicious/noArrayIndexKey: as above
                    <del key={index}>
                      <span className="visually-hidden">{m.policy.diff.deleted} </span>
                      {word.text}
                    </del>
                  ),
                )}
              </p>
            ) : null}
            {html ? (
              <EngineHtml className="policy-doc__text diff-clause__added" lang={language} html={html} />
            ) : null}
          </li>
        );
      })}
    </ol>
  );
}
