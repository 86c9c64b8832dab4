import { LANGUAGES } from '@qorgau/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useId } from 'react';
import { can, useMe } from '../../../app/session';
import { useTRPC } from '../../../app/trpc';
import { FormError } from '../../../components/FormError';
import { ErrorState, Loading } from '../../../components/States';
import { useNotify } from '../../../components/Toasts';
import { useI18n } from '../../../i18n/I18nProvider';
import { ModuleForm } from './ModuleForm';
import { PublishCourseCard } from './PublishCourseCard';
import { QuestionForm } from './QuestionForm';

/** The organisation's own modules and quiz questions, each in all three languages. */
export function ContentSection() {
  const { m, language } = useI18n();
  const c = m.training.hr.content;
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const notify = useNotify();
  const me = useMe().data;
  const editable = can(me, 'training.manage');
  const titleId = useId();
  const content = useQuery(trpc.training.content.queryOptions());
  const archive = useMutation(
    trpc.training.archiveContent.mutationOptions({
      onSuccess: () => {
        notify(c.archived);
        void queryClient.invalidateQueries({ queryKey: trpc.training.content.queryKey() });
      },
    }),
  );
  const removeButton = (kind: 'module' | 'question', rowId: string, label: string) =>
    editable ? (
      <button
        type="button"
        className="button button--small button--quiet-danger"
        disabled={archive.isPending}
        onClick={() => archive.mutate({ kind, rowId })}
      >
        {c.archive}
        <span className="visually-hidden">: {label}</span>
      </button>
    ) : null;

  return (
    <section className="stack stack--large" aria-labelledby={titleId} data-testid="training-content">
      <h2 id={titleId}>{c.title}</h2>
      <p className="muted">{c.intro}</p>
      <FormError error={archive.error} />
      {content.isPending ? (
        <Loading />
      ) : content.isError ? (
        <ErrorState error={content.error} onRetry={() => void content.refetch()} />
      ) : (
        <>
          <section className="card stack" aria-labelledby={`${titleId}-modules`}>
            <h3 id={`${titleId}-modules`} className="card__title">
              {c.modules}
            </h3>
            {content.data.modules.length === 0 ? (
              <p className="muted">{c.noModules}</p>
            ) : (
              <ul className="training-modules">
                {content.data.modules.map((module) => (
                  <li key={module.rowId} className="training-modules__item">
                    <span lang={language}>{module.title[language]}</span>
                    {removeButton('module', module.rowId, module.title[language])}
                  </li>
                ))}
              </ul>
            )}
            {editable ? <ModuleForm /> : null}
          </section>
          <section className="card stack" aria-labelledby={`${titleId}-questions`}>
            <h3 id={`${titleId}-questions`} className="card__title">
              {c.questions}
            </h3>
            {content.data.questions.length === 0 ? (
              <p className="muted">{c.noQuestions}</p>
            ) : (
              <ul className="training-modules">
                {content.data.questions.map((question) => (
                  <li key={question.rowId} className="training-modules__item">
                    <span lang={language}>{question.prompt[language]}</span>
                    {removeButton('question', question.rowId, question.prompt[language])}
                  </li>
                ))}
              </ul>
            )}
            {editable && content.data.modelModules.length + content.data.modules.length > 0 ? (
              <QuestionForm
                modules={[
                  ...content.data.modelModules.map((module) => ({
                    id: module.id,
                    title: c.modelModule(module.title[language]),
                  })),
                  ...content.data.modules.map((module) => ({
                    id: module.id,
                    title: c.ownModule(module.title[language]),
                  })),
                ]}
              />
            ) : null}
          </section>
          {editable ? <PublishCourseCard /> : null}
        </>
      )}
    </section>
  );
}

export type Localized = Record<(typeof LANGUAGES)[number], string>;
export const EMPTY_LOCALIZED: Localized = { kk: '', ru: '', en: '' };

export function isComplete(text: Localized): boolean {
  return LANGUAGES.every((language) => text[language].trim().length > 0);
}
