import { useState } from 'react';
import type { ModelClause, PolicyComment } from '../../../app/types';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { useI18n } from '../../../i18n/I18nProvider';
import { CommentThread } from '../../policy/CommentThread';
import {
  type ClauseEntry,
  type CustomClause,
  type Customization,
  clauseOutline,
  isClauseOn,
  newCustomClauseId,
} from '../../policy/customization';
import { LockIcon, PlusIcon } from '../../policy/icons';
import { MarkdownText } from '../../policy/MarkdownText';
import { CustomClauseDialog } from './CustomClauseDialog';

export function clauseElementId(id: string) {
  return `policy-clause-${id}`;
}

type Props = {
  clauses: readonly ModelClause[];
  customization: Customization;
  comments: readonly PolicyComment[];
  readOnly: boolean;
  /** Absent when comments cannot be added (approved versions, readers without write access). */
  onComment?: ((clauseId: string, body: string) => Promise<unknown>) | undefined;
  commentPending: boolean;
  commentError: unknown;
  onChange: (change: (customization: Customization) => Customization) => void;
};

type Editing = { clause: CustomClause; isNew: boolean; afterTitle: string; insertAt: number };

export function ClauseList({
  clauses,
  customization,
  comments,
  readOnly,
  onComment,
  commentPending,
  commentError,
  onChange,
}: Props) {
  const { m, language } = useI18n();
  const [editing, setEditing] = useState<Editing | null>(null);
  const [removing, setRemoving] = useState<CustomClause | null>(null);
  const [commenting, setCommenting] = useState<string | null>(null);
  const outline = clauseOutline(clauses, customization);
  const titleOf = (entry: ClauseEntry) =>
    entry.source === 'model'
      ? entry.clause.title[language]
      : entry.custom.title[language]?.trim() || m.policy.clauses.noTitle;
  const active = (entry: ClauseEntry) => entry.source === 'custom' || isClauseOn(entry.clause, customization);

  // Numbers follow the rendered policy: only clauses that are in it count.
  let number = 0;
  const numbers = new Map<string, number>();
  for (const entry of outline) if (active(entry)) numbers.set(entry.id, ++number);
  const shownIds = new Set(outline.map((entry) => entry.id));
  const orphanComments = comments.filter((comment) => !shownIds.has(comment.clauseId));

  const toggle = (clause: ModelClause, on: boolean) =>
    onChange((current) => {
      const switches = { ...current.clauseSwitches };
      // Back at the model's default: drop the switch so the model decides, as in a fresh draft.
      if (on === clause.defaultEnabled) delete switches[clause.id];
      else switches[clause.id] = on;
      return { ...current, clauseSwitches: switches };
    });

  const addAfter = (entry: ClauseEntry) => {
    const anchor = entry.source === 'model' ? entry.id : entry.custom.afterClauseId;
    const list = customization.customClauses;
    // Right after the clause: before other own clauses on the same anchor, or after the own clause itself.
    const insertAt =
      entry.source === 'custom'
        ? list.findIndex((clause) => clause.id === entry.id) + 1
        : (() => {
            const first = list.findIndex((clause) => clause.afterClauseId === anchor);
            return first === -1 ? list.length : first;
          })();
    setEditing({
      clause: { id: newCustomClauseId(list), afterClauseId: anchor, title: {}, body: {} },
      isNew: true,
      afterTitle: titleOf(entry),
      insertAt,
    });
  };

  const save = (clause: CustomClause) => {
    const target = editing;
    setEditing(null);
    if (!target) return;
    onChange((current) => {
      const list = [...current.customClauses];
      if (target.isNew) list.splice(target.insertAt, 0, clause);
      else {
        const index = list.findIndex((item) => item.id === clause.id);
        if (index !== -1) list[index] = clause;
      }
      return { ...current, customClauses: list };
    });
  };

  return (
    <div className="stack" data-testid="policy-clauses">
      <p className="muted">{m.policy.clauses.intro}</p>
      <ol className="clause-list">
        {outline.map((entry) => {
          const on = active(entry);
          const title = titleOf(entry);
          const clauseComments = comments.filter((comment) => comment.clauseId === entry.id);
          const custom = entry.source === 'custom' ? entry.custom : null;
          const model = entry.source === 'model' ? entry.clause : null;
          const rowClass = [
            'clause-row',
            custom ? 'clause-row--custom' : '',
            on ? '' : 'clause-row--off',
            clauseComments.some((comment) => comment.side === 'programme') ? 'clause-row--commented' : '',
          ]
            .filter(Boolean)
            .join(' ');
          return (
            <li
              key={entry.id}
              id={clauseElementId(entry.id)}
              tabIndex={-1}
              className={rowClass}
              data-testid={`clause-${entry.id}`}
              data-active={on}
            >
              <div className="clause-row__head">
                <span className="clause-row__number" aria-hidden={!on}>
                  {on ? `${numbers.get(entry.id)}.` : '—'}
                </span>
                <div className="clause-row__title">
                  <h3 className="clause-row__heading">{title}</h3>
                  <p className="clause-row__meta">
                    {model?.kind === 'mandatory' ? (
                      <span className="badge badge--lock">
                        <LockIcon />
                        {m.policy.clauses.mandatory}
                      </span>
                    ) : model ? (
                      <span className="badge">{m.policy.clauses.optional}</span>
                    ) : (
                      <span className="badge badge--custom">{m.policy.clauses.custom}</span>
                    )}
                    {model?.appliesTo === 'university' ? (
                      <span className="badge">{m.policy.clauses.universityOnly}</span>
                    ) : null}
                    {model && model.covers.length > 0 ? (
                      <span
                        className="clause-row__covers"
                        title={model.covers
                          .map((element) => `${element} ${m.policy.elements[element]}`)
                          .join('\n')}
                      >
                        {m.policy.clauses.covers(model.covers.join(', '))}
                      </span>
                    ) : null}
                  </p>
                </div>
                {/* A mandatory clause switched off (compliance blocks that) gets its switch back to turn it on. */}
                {model && (model.kind === 'optional' || !on) ? (
                  <label className="switch">
                    <input
                      type="checkbox"
                      role="switch"
                      className="switch__input"
                      checked={on}
                      aria-checked={on}
                      disabled={readOnly}
                      onChange={(event) => toggle(model, event.target.checked)}
                      aria-label={m.policy.clauses.include(title)}
                      data-testid={`clause-switch-${entry.id}`}
                    />
                    <span className="switch__track" aria-hidden="true" />
                    <span className="switch__label">{on ? m.policy.clauses.on : m.policy.clauses.off}</span>
                  </label>
                ) : null}
              </div>
              {custom ? (
                <div className="clause-row__body">
                  <MarkdownText text={custom.body[language] ?? ''} lang={language} />
                </div>
              ) : null}
              <div className="clause-row__actions">
                {!readOnly ? (
                  <button
                    type="button"
                    className="button button--small button--quiet"
                    onClick={() => addAfter(entry)}
                    data-testid={`clause-add-after-${entry.id}`}
                  >
                    <PlusIcon /> {m.policy.clauses.addAfter}
                    <span className="visually-hidden">: {title}</span>
                  </button>
                ) : null}
                {custom && !readOnly ? (
                  <>
                    <button
                      type="button"
                      className="button button--small button--quiet"
                      onClick={() =>
                        setEditing({
                          clause: custom,
                          isNew: false,
                          afterTitle: anchorTitle(custom),
                          insertAt: 0,
                        })
                      }
                      data-testid={`clause-edit-${entry.id}`}
                    >
                      {m.policy.clauses.edit}
                      <span className="visually-hidden">: {title}</span>
                    </button>
                    <button
                      type="button"
                      className="button button--small button--quiet button--quiet-danger"
                      onClick={() => setRemoving(custom)}
                      data-testid={`clause-remove-${entry.id}`}
                    >
                      {m.policy.clauses.remove}
                      <span className="visually-hidden">: {title}</span>
                    </button>
                  </>
                ) : null}
                {onComment && clauseComments.length === 0 && commenting !== entry.id ? (
                  <button
                    type="button"
                    className="button button--small button--quiet"
                    onClick={() => setCommenting(entry.id)}
                  >
                    {m.policy.comments.add}
                    <span className="visually-hidden">: {title}</span>
                  </button>
                ) : null}
              </div>
              {clauseComments.length > 0 || commenting === entry.id ? (
                <CommentThread
                  comments={clauseComments}
                  onAdd={onComment ? (body) => onComment(entry.id, body) : undefined}
                  pending={commentPending}
                  error={commentError}
                  testId={`comments-${entry.id}`}
                />
              ) : null}
            </li>
          );
        })}
      </ol>
      {orphanComments.length > 0 ? (
        <section className="card stack">
          <h3>{m.policy.comments.other}</h3>
          <CommentThread comments={orphanComments} testId="comments-other" />
        </section>
      ) : null}
      <CustomClauseDialog
        clause={editing?.clause ?? null}
        isNew={editing?.isNew ?? false}
        afterTitle={editing?.afterTitle ?? ''}
        onSave={save}
        onClose={() => setEditing(null)}
      />
      <ConfirmDialog
        open={removing !== null}
        title={m.policy.clauses.removeTitle}
        confirmLabel={m.policy.clauses.remove}
        onConfirm={() => {
          const target = removing;
          setRemoving(null);
          if (!target) return;
          onChange((current) => ({
            ...current,
            customClauses: current.customClauses.filter((clause) => clause.id !== target.id),
          }));
        }}
        onCancel={() => setRemoving(null)}
        danger
      >
        <p>
          <strong>{removing?.title[language]}</strong>
        </p>
        <p>{m.policy.clauses.removeText}</p>
      </ConfirmDialog>
    </div>
  );

  function anchorTitle(custom: CustomClause) {
    return (
      clauses.find((clause) => clause.id === custom.afterClauseId)?.title[language] ?? custom.afterClauseId
    );
  }
}
