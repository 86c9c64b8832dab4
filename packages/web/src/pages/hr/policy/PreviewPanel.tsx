import { LANGUAGES, type Language } from '@qorgau/core';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTRPC } from '../../../app/trpc';
import type { PolicyPreview } from '../../../app/types';
import { ErrorState, Loading } from '../../../components/States';
import { useI18n } from '../../../i18n/I18nProvider';
import { LANGUAGE_AUTONYMS, languageOr } from '../../../i18n/languages';
import { EngineHtml } from '../../policy/EngineHtml';
import type { PolicyNames } from '../../policy/issues';

type Props = {
  versionId: string;
  authoritativeLanguage: Language;
  names: PolicyNames;
  onGoToVariable?: ((name: string) => void) | undefined;
};

/**
 * The policy as the server renders it, refreshed after every autosave (so it follows typing with the
 * autosave's one-second debounce). The HTML comes from the policy engine, which escapes every value
 * and custom text; only p, ul, ol, li, strong, em, span and mark can occur in it.
 */
export function PreviewPanel({ versionId, authoritativeLanguage, names, onGoToVariable }: Props) {
  const { m, language: interfaceLanguage } = useI18n();
  const trpc = useTRPC();
  const firstId = useId();
  const secondId = useId();
  const [first, setFirst] = useState<Language>(interfaceLanguage);
  const [sideBySide, setSideBySide] = useState(false);
  const [second, setSecond] = useState<Language>(
    authoritativeLanguage !== interfaceLanguage
      ? authoritativeLanguage
      : (LANGUAGES.find((code) => code !== interfaceLanguage) ?? 'ru'),
  );
  const options = { placeholderData: keepPreviousData };
  const one = useQuery(trpc.policy.preview.queryOptions({ id: versionId, language: first }, options));
  const two = useQuery(
    trpc.policy.preview.queryOptions(
      { id: versionId, language: second },
      { ...options, enabled: sideBySide },
    ),
  );
  const unfilled = one.data?.unfilledVariables ?? [];
  const busy = one.isFetching || (sideBySide && two.isFetching);

  const languageSelect = (id: string, value: Language, onChange: (next: Language) => void, label: string) => (
    <div className="toolbar__item">
      <label htmlFor={id} className="toolbar__label">
        {label}
      </label>
      <select
        id={id}
        className="input input--compact"
        value={value}
        onChange={(event) => onChange(languageOr(event.target.value, value))}
        data-testid={id === firstId ? 'preview-language' : 'preview-second-language'}
      >
        {LANGUAGES.map((code) => (
          <option key={code} value={code}>
            {LANGUAGE_AUTONYMS[code]}
            {code === authoritativeLanguage ? ` (${m.policy.preview.authoritative})` : ''}
          </option>
        ))}
      </select>
    </div>
  );

  return (
    <div className="stack" data-testid="policy-preview">
      <div className="toolbar">
        {languageSelect(firstId, first, setFirst, m.policy.preview.language)}
        <label className="checkbox">
          <input
            type="checkbox"
            checked={sideBySide}
            onChange={(event) => setSideBySide(event.target.checked)}
            data-testid="preview-side-by-side"
          />
          <span>{m.policy.preview.sideBySide}</span>
        </label>
        {sideBySide ? languageSelect(secondId, second, setSecond, m.policy.preview.second) : null}
        {busy ? (
          <span className="toolbar__count" role="status">
            {m.policy.preview.updating}
          </span>
        ) : null}
      </div>
      {unfilled.length > 0 ? (
        <div className="alert alert--warning" data-testid="preview-unfilled">
          <p>{m.policy.preview.unfilled(unfilled.length)}</p>
          <p className="chip-list">
            {unfilled.map((name) =>
              onGoToVariable ? (
                <button key={name} type="button" className="chip" onClick={() => onGoToVariable(name)}>
                  {names.variableLabel(name)}
                </button>
              ) : (
                <span key={name} className="chip">
                  {names.variableLabel(name)}
                </span>
              ),
            )}
          </p>
        </div>
      ) : null}
      {one.isPending ? (
        <Loading />
      ) : one.isError ? (
        <ErrorState error={one.error} onRetry={() => void one.refetch()} />
      ) : sideBySide ? (
        two.isPending ? (
          <Loading />
        ) : two.isError ? (
          <ErrorState error={two.error} onRetry={() => void two.refetch()} />
        ) : (
          <SideBySide left={one.data} right={two.data} />
        )
      ) : (
        <article className="policy-doc card" lang={one.data.language} data-testid="preview-document">
          <h2 className="policy-doc__title">{one.data.title}</h2>
          {one.data.clauses.map((clause) => (
            <ClauseText key={clause.id} clause={clause} />
          ))}
        </article>
      )}
    </div>
  );
}

function ClauseText({ clause }: { clause: PolicyPreview['clauses'][number] }) {
  return (
    <section
      className={
        clause.source === 'custom' ? 'policy-doc__clause policy-doc__clause--custom' : 'policy-doc__clause'
      }
      data-clause={clause.id}
    >
      <h3>
        {clause.number}. {clause.title}
      </h3>
      <EngineHtml className="policy-doc__text" html={clause.html} />
    </section>
  );
}

/** Clause by clause in two languages: both renderings come from the same customization, so they align. */
function SideBySide({ left, right }: { left: PolicyPreview; right: PolicyPreview }) {
  const rightById = new Map(right.clauses.map((clause) => [clause.id, clause]));
  return (
    <div className="policy-compare card" data-testid="preview-side-by-side-document">
      <h2 className="policy-doc__title" lang={left.language}>
        {left.title}
      </h2>
      <h2 className="policy-doc__title" lang={right.language}>
        {right.title}
      </h2>
      {left.clauses.map((clause) => {
        const other = rightById.get(clause.id);
        return (
          <div key={clause.id} className="policy-compare__row">
            <div className="policy-doc" lang={left.language}>
              <ClauseText clause={clause} />
            </div>
            <div className="policy-doc" lang={right.language}>
              {other ? <ClauseText clause={other} /> : null}
            </div>
          </div>
        );
      })}
    </div>
  );
}
