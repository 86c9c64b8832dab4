import type { Language } from '@qorgau/core';
import { useId } from 'react';
import { Link } from '../../app/router';
import { PageHeader } from '../../components/PageHeader';
import { EmptyState, Loading } from '../../components/States';
import { useI18n } from '../../i18n/I18nProvider';
import { localDate } from '../../lib/dates';
import { useMyCourse } from './api';
import { CertificateCard, useCertificatePatience } from './Certificate';
import { CourseLanguage, useCourseLanguage } from './CourseLanguage';
import { CourseStatusBadge } from './CourseStatusBadge';
import { MY_TRAINING_QUIZ_PATH, modulePath } from './paths';
import { TrainingErrorState } from './trainingErrors';
import { type MyCourse, nextModuleId } from './types';
import { useOpenedCourse } from './useOpenedCourse';
import '../../styles/training.css';

/** /my-training — the course overview: progress per module, the way back in, the quiz, the certificate. */
export function MyTrainingPage() {
  const { m } = useI18n();
  const [language, setLanguage] = useCourseLanguage();
  const opened = useOpenedCourse(language);
  return (
    <div className="portal training-page" data-testid="my-training-page">
      <PageHeader title={m.training.my.title} intro={m.training.my.intro} />
      <div className="stack stack--large">
        <CourseLanguage language={language} onLanguage={setLanguage} />
        {opened.state === 'loading' ? (
          <Loading />
        ) : opened.state === 'error' ? (
          <TrainingErrorState error={opened.error} onRetry={opened.retry} />
        ) : opened.course === null ? (
          <EmptyState title={m.training.my.emptyTitle}>{m.training.my.emptyText}</EmptyState>
        ) : (
          <CourseOverview course={opened.course} lang={language} />
        )}
      </div>
    </div>
  );
}

function CourseOverview({ course, lang }: { course: MyCourse; lang: Language }) {
  const { m, format } = useI18n();
  const t = m.training.my;
  const modulesId = useId();
  const done = course.modules.filter((module) => module.done).length;
  const next = nextModuleId(course);
  const total = course.modules.length;
  const ratio = total === 0 ? 0 : done / total;
  return (
    <>
      <section className="card stack" aria-labelledby={`${modulesId}-course`}>
        <h2 id={`${modulesId}-course`} className="card__title" lang={lang}>
          {course.title}
        </h2>
        <dl className="facts facts--inline">
          <div>
            <dt>{t.status}</dt>
            <dd>
              <CourseStatusBadge course={course} />
            </dd>
          </div>
          <div>
            <dt>{t.due}</dt>
            <dd>{format.date(localDate(course.dueDate))}</dd>
          </div>
        </dl>
        <div
          className="training-progress"
          role="progressbar"
          aria-label={t.progress}
          aria-valuemin={0}
          aria-valuemax={total}
          aria-valuenow={done}
          aria-valuetext={t.modulesDone(format.number(done), format.number(total))}
          data-testid="course-progress"
        >
          <span className="training-progress__fill" style={{ width: `${ratio * 100}%` }} />
        </div>
        <p>{t.modulesDone(format.number(done), format.number(total))}</p>
        <div className="portal-actions">
          {next ? (
            <Link to={modulePath(next)} className="button button--primary" data-testid="course-resume">
              {done === 0 ? t.start : t.resume}
            </Link>
          ) : course.completion === null ? (
            <Link to={MY_TRAINING_QUIZ_PATH} className="button button--primary" data-testid="course-quiz">
              {m.training.quiz.start}
            </Link>
          ) : null}
        </div>
        {course.completion ? <Completion course={course} lang={lang} /> : null}
      </section>
      <section className="stack" aria-labelledby={modulesId}>
        <h2 id={modulesId}>{t.modulesTitle}</h2>
        <ol className="training-modules" data-testid="course-modules">
          {course.modules.map((module, index) => {
            const state = module.done ? 'done' : module.id === next ? 'next' : 'todo';
            return (
              <li
                key={module.id}
                className="training-modules__item"
                data-state={state}
                data-testid="course-module"
                data-module-id={module.id}
              >
                <Link to={modulePath(module.id)} className="training-modules__link">
                  <span lang={lang}>
                    {format.number(index + 1)}. {module.title}
                  </span>
                </Link>
                <span className={module.done ? 'badge badge--success' : 'badge'}>
                  {module.done ? t.moduleDone : state === 'next' ? t.moduleNext : t.moduleTodo}
                  {module.managers ? ` · ${t.managers}` : null}
                </span>
              </li>
            );
          })}
        </ol>
      </section>
      <QuizCard course={course} />
    </>
  );
}

function QuizCard({ course }: { course: MyCourse }) {
  const { m, format } = useI18n();
  const q = m.training.quiz;
  const titleId = useId();
  const { quiz } = course;
  return (
    <section className="card stack" aria-labelledby={titleId} data-testid="quiz-card">
      <h2 id={titleId} className="card__title">
        {q.title}
      </h2>
      <p>
        {q.intro(
          format.number(quiz.questionCount),
          format.number(Math.ceil((quiz.questionCount * quiz.passMark) / 100)),
        )}
      </p>
      <dl className="facts facts--inline">
        <div>
          <dt>{q.passMark}</dt>
          <dd>{format.percent(quiz.passMark / 100)}</dd>
        </div>
        {course.completion ? null : (
          <div>
            <dt>{q.attemptsLeft}</dt>
            <dd data-testid="quiz-card-attempts">{format.number(quiz.attemptsLeft)}</dd>
          </div>
        )}
        {quiz.lastScore === null ? null : (
          <div>
            <dt>{q.lastScore}</dt>
            <dd>{format.percent(quiz.lastScore / 100)}</dd>
          </div>
        )}
      </dl>
      {course.completion ? null : !quiz.unlocked ? (
        <p className="muted">{q.locked}</p>
      ) : quiz.attemptsLeft === 0 ? (
        <p className="alert alert--info">{q.noAttempts}</p>
      ) : (
        <div>
          <Link to={MY_TRAINING_QUIZ_PATH} className="button button--primary" data-testid="quiz-open">
            {quiz.open ? q.continue : q.start}
          </Link>
        </div>
      )}
    </section>
  );
}

function Completion({ course, lang }: { course: MyCourse; lang: Language }) {
  const { m, format } = useI18n();
  const completion = course.completion;
  const waiting = completion !== null && completion.certificate === null;
  const { patient, renew } = useCertificatePatience(waiting);
  const poll = useMyCourse(lang, { pollForCertificate: patient });
  if (!completion) return null;
  return (
    <div className="stack" data-testid="course-completion">
      <p>
        <span className="muted">{m.training.certificate.completedAt}: </span>
        {format.dateTime(completion.completedAt)}
      </p>
      <CertificateCard
        certificate={completion.certificate}
        patient={patient}
        checking={poll.isFetching}
        onCheckAgain={() => {
          renew();
          void poll.refetch();
        }}
      />
    </div>
  );
}
