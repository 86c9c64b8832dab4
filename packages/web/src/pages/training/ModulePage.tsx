import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, matchPath, navigate, useLocation } from '../../app/router';
import { useTRPC } from '../../app/trpc';
import { PageHeader } from '../../components/PageHeader';
import { Loading } from '../../components/States';
import { useI18n } from '../../i18n/I18nProvider';
import { MarkdownText } from '../policy/MarkdownText';
import { CourseLanguage, useCourseLanguage } from './CourseLanguage';
import { MediaList } from './MediaList';
import { ModuleCheck } from './ModuleCheck';
import { MY_TRAINING_MODULE_PATH, MY_TRAINING_PATH, MY_TRAINING_QUIZ_PATH, modulePath } from './paths';
import { TrainingErrorState, TrainingFormError } from './trainingErrors';
import type { MyCourse } from './types';
import { useOpenedCourse } from './useOpenedCourse';
import '../../styles/training.css';

/** /my-training/modules/:moduleId — one module: its text, media and short checks, then on to the next. */
export function ModulePage() {
  const { m } = useI18n();
  const { pathname } = useLocation();
  const moduleId = matchPath(MY_TRAINING_MODULE_PATH, pathname)?.moduleId ?? '';
  const [language, setLanguage] = useCourseLanguage();
  const opened = useOpenedCourse(language);
  return (
    <div className="portal training-page" data-testid="training-module-page">
      {opened.state === 'loading' ? (
        <Loading />
      ) : opened.state === 'error' ? (
        <TrainingErrorState error={opened.error} onRetry={opened.retry} />
      ) : opened.course === null ? (
        <>
          <PageHeader title={m.training.my.title} />
          <p>{m.training.my.emptyText}</p>
        </>
      ) : (
        <ModuleView
          key={`${moduleId}-${language}`}
          course={opened.course}
          moduleId={moduleId}
          language={language}
          onLanguage={setLanguage}
        />
      )}
    </div>
  );
}

type ViewProps = {
  course: MyCourse;
  moduleId: string;
  language: ReturnType<typeof useCourseLanguage>[0];
  onLanguage: ReturnType<typeof useCourseLanguage>[1];
};

function ModuleView({ course, moduleId, language, onLanguage }: ViewProps) {
  const { m, format } = useI18n();
  const t = m.training.module;
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { assignmentId } = course;
  const index = course.modules.findIndex((module) => module.id === moduleId);
  const previousId = index > 0 ? course.modules[index - 1]?.id : undefined;
  const nextId = course.modules[index + 1]?.id;
  const last = index === course.modules.length - 1;
  const content = useQuery(trpc.myTraining.module.queryOptions({ assignmentId, moduleId, language }));
  const answerCheck = useMutation(trpc.myTraining.answerCheck.mutationOptions());
  const complete = useMutation(
    trpc.myTraining.completeModule.mutationOptions({
      onSuccess: async (result) => {
        await queryClient.invalidateQueries({ queryKey: trpc.myTraining.overview.queryKey() });
        const next = result.resumeModuleId ?? nextId;
        navigate(result.quizUnlocked ? MY_TRAINING_QUIZ_PATH : next ? modulePath(next) : MY_TRAINING_PATH);
      },
    }),
  );
  const title = content.data?.title ?? course.modules[index]?.title ?? '';

  return (
    <>
      <p className="training-back">
        <Link to={MY_TRAINING_PATH} data-testid="module-back">
          ← {t.back}
        </Link>
      </p>
      <PageHeader
        title={title}
        intro={
          index >= 0 ? t.position(format.number(index + 1), format.number(course.modules.length)) : undefined
        }
      />
      <div className="stack stack--large">
        <CourseLanguage language={language} onLanguage={onLanguage} />
        {content.isPending ? (
          <Loading label={t.loading} />
        ) : content.isError ? (
          <TrainingErrorState error={content.error} onRetry={() => void content.refetch()} />
        ) : (
          <>
            <article
              className="portal-article portal-text stack"
              data-testid="module-text"
              data-module-id={moduleId}
            >
              <MarkdownText text={content.data.body} lang={language} />
              <MediaList media={content.data.media} lang={language} />
            </article>
            {content.data.checks.length > 0 ? (
              <section className="stack" aria-labelledby="module-checks">
                <h2 id="module-checks">{m.training.check.title}</h2>
                {content.data.checks.map((check) => (
                  <ModuleCheck
                    key={check.id}
                    question={check}
                    lang={language}
                    onCheck={(optionIds) =>
                      answerCheck.mutateAsync({
                        assignmentId,
                        moduleId,
                        checkId: check.id,
                        optionIds,
                        language,
                      })
                    }
                  />
                ))}
              </section>
            ) : null}
            <TrainingFormError error={complete.error} />
            <div className="training-pager">
              {previousId ? (
                <Link to={modulePath(previousId)} className="button">
                  {t.previous}
                </Link>
              ) : null}
              {course.completion ? (
                nextId ? (
                  <Link to={modulePath(nextId)} className="button button--primary">
                    {t.next}
                  </Link>
                ) : null
              ) : (
                <button
                  type="button"
                  className="button button--primary"
                  disabled={complete.isPending}
                  onClick={() => complete.mutate({ assignmentId, moduleId })}
                  data-testid="module-complete"
                >
                  {last ? t.toQuiz : t.finish}
                </button>
              )}
            </div>
          </>
        )}
      </div>
    </>
  );
}
