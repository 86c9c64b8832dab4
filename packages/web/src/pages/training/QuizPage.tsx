import type { Language } from '@qorgau/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { Link } from '../../app/router';
import { useTRPC } from '../../app/trpc';
import { PageHeader } from '../../components/PageHeader';
import { EmptyState, Loading } from '../../components/States';
import { useI18n } from '../../i18n/I18nProvider';
import { type StartedAttempt, type SubmittedAttempt, useMyCourse } from './api';
import { CertificateCard, useCertificatePatience } from './Certificate';
import { CourseLanguage, useCourseLanguage } from './CourseLanguage';
import { MY_TRAINING_PATH } from './paths';
import { type QuizAnswers, QuizForm } from './QuizForm';
import { QuizResult } from './QuizResult';
import { TrainingErrorState, TrainingFormError } from './trainingErrors';
import type { MyCourse } from './types';
import { useOpenedCourse } from './useOpenedCourse';
import '../../styles/training.css';

/** /my-training/quiz — the final quiz: drawn and scored by the server, then the result and the certificate. */
export function QuizPage() {
  const { m } = useI18n();
  const [language, setLanguage] = useCourseLanguage();
  const opened = useOpenedCourse(language);
  return (
    <div className="portal training-page" data-testid="training-quiz-page">
      <p className="training-back">
        <Link to={MY_TRAINING_PATH}>← {m.training.module.back}</Link>
      </p>
      <PageHeader title={m.training.quiz.title} />
      <div className="stack stack--large">
        {opened.state === 'loading' ? (
          <Loading />
        ) : opened.state === 'error' ? (
          <TrainingErrorState error={opened.error} onRetry={opened.retry} />
        ) : opened.course === null ? (
          <EmptyState title={m.training.my.emptyTitle}>{m.training.my.emptyText}</EmptyState>
        ) : (
          <Quiz course={opened.course} language={language} onLanguage={setLanguage} />
        )}
      </div>
    </div>
  );
}

type Taken = { attempt: StartedAttempt; result: SubmittedAttempt };

function Quiz({
  course,
  language,
  onLanguage,
}: {
  course: MyCourse;
  language: Language;
  onLanguage: (language: Language) => void;
}) {
  const { m, format } = useI18n();
  const q = m.training.quiz;
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [taken, setTaken] = useState<Taken | null>(null);
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.myTraining.overview.queryKey() });
  // Kept apart from the mutation, so a language switch shows the attempt until its new wording arrives.
  const [attempt, setAttempt] = useState<StartedAttempt | null>(null);
  const start = useMutation(trpc.myTraining.startAttempt.mutationOptions({ onSuccess: setAttempt }));
  const submit = useMutation(
    trpc.myTraining.submitAttempt.mutationOptions({
      onSuccess: (result) => {
        if (attempt) setTaken({ attempt, result });
        setAttempt(null);
        void refresh();
      },
    }),
  );
  const { mutate: startAttempt } = start;
  const { assignmentId } = course;
  const openedRef = useRef(false);
  const canStart = course.completion === null && course.quiz.unlocked && course.quiz.attemptsLeft > 0;

  // Opening the page is the request to take the quiz; an attempt left open earlier is resumed as drawn.
  useEffect(() => {
    if (openedRef.current || !canStart) return;
    openedRef.current = true;
    startAttempt({ assignmentId, language });
  }, [canStart, startAttempt, assignmentId, language]);

  const retry = () => {
    setTaken(null);
    submit.reset();
    startAttempt({ assignmentId, language });
  };

  if (taken) {
    return (
      <>
        <QuizResult outcome={taken.result} questions={taken.attempt.questions} lang={language} />
        {taken.result.passed ? (
          <PassedCertificate course={course} language={language} />
        ) : taken.result.attemptsLeft > 0 ? (
          <div className="portal-actions">
            <button type="button" className="button button--primary" onClick={retry} data-testid="quiz-retry">
              {q.retry}
            </button>
            <Link to={MY_TRAINING_PATH} className="button">
              {m.training.my.review}
            </Link>
          </div>
        ) : (
          <p className="alert alert--info">{q.noAttempts}</p>
        )}
      </>
    );
  }

  if (course.completion) return <PassedCertificate course={course} language={language} />;
  if (!course.quiz.unlocked) return <p className="alert alert--info">{q.locked}</p>;
  if (course.quiz.attemptsLeft === 0) return <p className="alert alert--info">{q.noAttempts}</p>;
  if (start.isError && !attempt) return <TrainingFormError error={start.error} />;
  if (!attempt) return <Loading />;

  return (
    <>
      <p>
        {q.intro(
          format.number(attempt.questions.length),
          format.number(Math.ceil((attempt.questions.length * course.quiz.passMark) / 100)),
        )}{' '}
        {q.attemptsLeftText(course.quiz.attemptsLeft)}
      </p>
      {/* The attempt was drawn in one language; switching re-opens the same attempt in another. */}
      <CourseLanguage
        language={language}
        onLanguage={(next) => {
          onLanguage(next);
          startAttempt({ assignmentId, language: next });
        }}
      />
      <TrainingFormError error={start.error} />
      <QuizForm
        key={attempt.attemptId}
        questions={attempt.questions}
        lang={language}
        busy={submit.isPending}
        error={submit.error}
        onSubmit={(answers: QuizAnswers) =>
          submit.mutate({
            attemptId: attempt.attemptId,
            answers: Object.entries(answers).map(([questionId, optionIds]) => ({ questionId, optionIds })),
          })
        }
      />
    </>
  );
}

function PassedCertificate({ course, language }: { course: MyCourse; language: Language }) {
  const waiting = course.completion?.certificate == null;
  const { patient, renew } = useCertificatePatience(waiting);
  const poll = useMyCourse(language, { pollForCertificate: patient });
  const certificate = poll.data?.completion?.certificate ?? course.completion?.certificate ?? null;
  return (
    <div className="card">
      <CertificateCard
        certificate={certificate}
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
