import { LANGUAGES } from '@qorgau/core';
import { type FormEvent, useId, useState } from 'react';
import type { PolicyComment, PolicyModel, PolicyVersion } from '../../../app/types';
import { SelectField, TextAreaField } from '../../../components/Field';
import { FormError } from '../../../components/FormError';
import { useI18n } from '../../../i18n/I18nProvider';
import { LANGUAGE_AUTONYMS, LANGUAGE_SHORT } from '../../../i18n/languages';
import { CommentThread } from '../../policy/CommentThread';
import type { Customization, VariableValue } from '../../policy/customization';
import { type PolicyNames, quantity } from '../../policy/issues';
import { MarkdownText } from '../../policy/MarkdownText';
import type { ClauseOption } from './reviewModel';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

type AddComment = (clauseId: string, body: string) => Promise<unknown>;

/** The organisation's own clauses in all three languages, side by side, with their comments. */
export function CustomClausesSection({
  customization,
  names,
  comments,
  onComment,
  commentPending,
  commentError,
}: {
  customization: Customization;
  names: PolicyNames;
  comments: readonly PolicyComment[];
  onComment: AddComment | undefined;
  commentPending: boolean;
  commentError: unknown;
}) {
  const { m } = useI18n();
  const titleId = useId();
  return (
    <section className="card stack" aria-labelledby={titleId} data-testid="review-custom-clauses">
      <div>
        <h2 id={titleId} className="card__title">
          {m.review.customClauses.title}
        </h2>
        <p className="muted">{m.review.customClauses.intro}</p>
      </div>
      {customization.customClauses.length === 0 ? (
        <p className="muted">{m.review.customClauses.none}</p>
      ) : (
        <ol className="clause-list">
          {customization.customClauses.map((clause) => (
            <li
              key={clause.id}
              className="clause-row clause-row--custom review-custom"
              data-testid={`review-custom-${clause.id}`}
            >
              <p className="clause-row__meta">
                <span className="badge badge--custom">{m.policy.clauses.custom}</span>
                <span className="muted">
                  {m.review.customClauses.after(names.clauseTitle(clause.afterClauseId))}
                </span>
              </p>
              <div className="grid-3 custom-languages">
                {LANGUAGES.map((language) => (
                  <div key={language} className="custom-languages__item" lang={language}>
                    <p className="custom-languages__tag" aria-hidden="true">
                      {LANGUAGE_SHORT[language]}
                    </p>
                    <h3>
                      <span className="visually-hidden">{LANGUAGE_AUTONYMS[language]}: </span>
                      {clause.title[language] || '—'}
                    </h3>
                    <MarkdownText text={clause.body[language] ?? ''} />
                  </div>
                ))}
              </div>
              <CommentThread
                comments={comments.filter((comment) => comment.clauseId === clause.id)}
                onAdd={onComment ? (body) => onComment(clause.id, body) : undefined}
                pending={commentPending}
                error={commentError}
                testId={`comments-${clause.id}`}
              />
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

/** Comment on any clause; existing comments grouped by clause, each thread open for replies. */
export function ClauseCommentsSection({
  options,
  names,
  comments,
  onComment,
  commentPending,
  commentError,
}: {
  options: readonly ClauseOption[];
  names: PolicyNames;
  comments: readonly PolicyComment[];
  onComment: AddComment | undefined;
  commentPending: boolean;
  commentError: unknown;
}) {
  const { m } = useI18n();
  const titleId = useId();
  const [clauseId, setClauseId] = useState('');
  const [body, setBody] = useState('');
  const [checked, setChecked] = useState(false);
  const commented = [...new Set(comments.map((comment) => comment.clauseId))];

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setChecked(true);
    if (!onComment || !clauseId || !body.trim()) return;
    void onComment(clauseId, body.trim()).then(
      () => {
        setBody('');
        setChecked(false);
      },
      () => undefined,
    );
  };

  return (
    <section className="card stack" aria-labelledby={titleId} data-testid="review-comments">
      <div>
        <h2 id={titleId} className="card__title">
          {m.review.clauses.title}
        </h2>
        <p className="muted">{m.review.clauses.intro}</p>
      </div>
      {onComment ? (
        <form className="stack" onSubmit={submit} noValidate data-testid="review-comment-form">
          <FormError error={commentError} />
          <SelectField
            label={m.review.clauses.clause}
            value={clauseId}
            onValueChange={setClauseId}
            options={[
              { value: '', label: m.policy.chooseOption },
              ...options.map((option) => ({
                value: option.id,
                label: option.custom
                  ? `${names.clauseTitle(option.id)} (${m.policy.clauses.custom})`
                  : names.clauseTitle(option.id),
              })),
            ]}
            errorKey={checked && !clauseId ? 'invalidClause' : undefined}
            data-testid="review-comment-clause"
          />
          <TextAreaField
            label={m.review.clauses.body}
            value={body}
            onValueChange={setBody}
            rows={3}
            maxLength={4000}
            errorKey={checked && !body.trim() ? 'required' : undefined}
            data-testid="review-comment-body"
          />
          <div>
            <button
              type="submit"
              className="button button--primary"
              disabled={commentPending}
              data-testid="review-comment-submit"
            >
              {commentPending ? m.common.working : m.review.clauses.submit}
            </button>
          </div>
        </form>
      ) : null}
      {commented.length === 0 ? (
        <p className="muted">{m.review.clauses.none}</p>
      ) : (
        <ul className="comment-groups">
          {commented.map((id) => (
            <li key={id} className="comment-group" data-testid={`review-thread-${id}`}>
              <h3 className="comment-group__title">{names.clauseTitle(id)}</h3>
              <CommentThread
                comments={comments.filter((comment) => comment.clauseId === id)}
                onAdd={onComment ? (text) => onComment(id, text) : undefined}
                pending={commentPending}
                error={commentError}
                testId={`thread-${id}`}
              />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function ValueText({
  value,
  name,
  names,
  model,
}: {
  value: VariableValue;
  name: string;
  names: PolicyNames;
  model: PolicyModel | null;
}) {
  const { m, language, format } = useI18n();
  const variable = names.variable(name);
  if (typeof value === 'string' && (variable?.type === 'date' || (!variable && ISO_DATE.test(value)))) {
    return <>{format.date(`${value}T00:00:00`)}</>;
  }
  if (typeof value === 'object') {
    return (
      <span className="value-lines">
        {LANGUAGES.map((code) =>
          value[code] ? (
            <span key={code} lang={code}>
              <abbr className="value-lines__tag" title={LANGUAGE_AUTONYMS[code]}>
                {LANGUAGE_SHORT[code]}
              </abbr>{' '}
              {value[code]}
            </span>
          ) : null,
        )}
      </span>
    );
  }
  if (typeof value === 'number') return <>{quantity(m, variable, value)}</>;
  if (model && variable?.type === 'enum') {
    return <>{variable.options.find((option) => option.value === value)?.label[language] ?? value}</>;
  }
  return <>{value}</>;
}

/** What the organisation filled in; anything not listed keeps the model's value. */
export function ValuesSection({
  customization,
  names,
  model,
}: {
  customization: Customization;
  names: PolicyNames;
  model: PolicyModel | null;
}) {
  const { m } = useI18n();
  const titleId = useId();
  const entries = Object.entries(customization.values);
  return (
    <section className="card stack" aria-labelledby={titleId} data-testid="review-values">
      <div>
        <h2 id={titleId} className="card__title">
          {m.review.values.title}
        </h2>
        <p className="muted">{m.review.values.intro}</p>
      </div>
      {entries.length === 0 ? (
        <p className="muted">{m.review.values.none}</p>
      ) : (
        <dl className="facts review-values">
          {entries.map(([name, value]) => (
            <div key={name}>
              <dt>{names.variableLabel(name)}</dt>
              <dd>
                <ValueText value={value} name={name} names={names} model={model} />
              </dd>
            </div>
          ))}
        </dl>
      )}
    </section>
  );
}

export function SwitchesSection({
  customization,
  names,
}: {
  customization: Customization;
  names: PolicyNames;
}) {
  const { m } = useI18n();
  const titleId = useId();
  const entries = Object.entries(customization.clauseSwitches);
  return (
    <section className="card stack" aria-labelledby={titleId} data-testid="review-switches">
      <h2 id={titleId} className="card__title">
        {m.review.switches.title}
      </h2>
      {entries.length === 0 ? (
        <p className="muted">{m.review.switches.none}</p>
      ) : (
        <ul className="plain-list">
          {entries.map(([id, on]) => (
            <li key={id}>
              <span className={on ? 'badge badge--success' : 'badge'}>
                {on ? m.review.switches.on : m.review.switches.off}
              </span>{' '}
              {names.clauseTitle(id)}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

export function HistorySection({ history }: { history: PolicyVersion['history'] }) {
  const { m, format } = useI18n();
  const titleId = useId();
  return (
    <section className="card stack" aria-labelledby={titleId} data-testid="review-history">
      <h2 id={titleId} className="card__title">
        {m.review.history.title}
      </h2>
      <ol className="history">
        {history.map((change, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: state changes are listed once, in order
          <li key={index} className="history__item">
            <time dateTime={change.createdAt ?? undefined}>{format.dateTime(change.createdAt)}</time>
            <span>
              {change.from ? `${m.policyStatuses[change.from]} → ` : ''}
              {m.policyStatuses[change.to]}
            </span>
            {change.note ? <span className="muted">{m.review.history.note(change.note)}</span> : null}
          </li>
        ))}
      </ol>
    </section>
  );
}
