import { useEffect, useId, useRef } from 'react';
import { useI18n } from '../../i18n/I18nProvider';
import type { ShownQuestion } from './QuestionFieldset';

export type QuestionReview = {
  questionId: string;
  correct: boolean;
  chosenOptionIds: readonly string[];
  correctOptionIds: readonly string[];
  explanation: string;
};

export type QuizOutcome = {
  passed: boolean;
  correctCount: number;
  total: number;
  scorePercent: number;
  passMark: number;
  attemptsLeft: number;
  results: readonly QuestionReview[];
};

type Props = { outcome: QuizOutcome; questions: readonly ShownQuestion[]; lang: string };

/** The score against the pass mark, then every question with the right answer and why. */
export function QuizResult({ outcome, questions, lang }: Props) {
  const { m, format } = useI18n();
  const q = m.training.quiz;
  const headingRef = useRef<HTMLHeadingElement>(null);
  const titleId = useId();
  const byId = new Map(questions.map((question) => [question.id, question]));

  useEffect(() => {
    // The form is gone; the result takes focus so that it is read out.
    headingRef.current?.focus();
  }, []);

  return (
    <div className="stack stack--large">
      <section
        className={outcome.passed ? 'card portal-result portal-result--done' : 'card portal-result'}
        aria-labelledby={titleId}
        data-testid="quiz-result"
        data-passed={outcome.passed}
      >
        <h2 id={titleId} ref={headingRef} tabIndex={-1} className="card__title">
          {outcome.passed ? q.passedTitle : q.failedTitle}
        </h2>
        <dl className="facts facts--inline">
          <div>
            <dt>{q.score}</dt>
            <dd data-testid="quiz-score" data-score={outcome.scorePercent}>
              {q.scoreText(
                format.number(outcome.correctCount),
                format.number(outcome.total),
                format.percent(outcome.scorePercent / 100),
              )}
            </dd>
          </div>
          <div>
            <dt>{q.passMark}</dt>
            <dd>{format.percent(outcome.passMark / 100)}</dd>
          </div>
          {outcome.passed ? null : (
            <div>
              <dt>{q.attemptsLeft}</dt>
              <dd data-testid="quiz-attempts-left">{format.number(outcome.attemptsLeft)}</dd>
            </div>
          )}
        </dl>
        {outcome.passed ? null : <p className="portal-result__note">{q.failedHint}</p>}
      </section>
      <section className="stack" aria-labelledby={`${titleId}-review`}>
        <h2 id={`${titleId}-review`}>{q.review}</h2>
        <ol className="training-quiz__list">
          {outcome.results.map((result, index) => {
            const question = byId.get(result.questionId);
            const text = (ids: readonly string[]) =>
              ids.length === 0
                ? q.noAnswer
                : ids
                    .map((id) => question?.options.find((option) => option.id === id)?.text ?? id)
                    .join('; ');
            return (
              <li
                key={result.questionId}
                className={
                  result.correct ? 'card training-review training-review--right' : 'card training-review'
                }
                data-testid="quiz-review"
                data-question-id={result.questionId}
                data-correct={result.correct}
              >
                <h3 className="training-review__title">
                  <span className="training-question__number">
                    {q.questionOf(format.number(index + 1), format.number(outcome.results.length))} ·{' '}
                    {result.correct ? q.answeredRight : q.answeredWrong}
                  </span>
                  <span lang={lang}>{question?.prompt}</span>
                </h3>
                <dl className="facts">
                  <div>
                    <dt>{q.yourAnswer}</dt>
                    <dd lang={lang}>{text(result.chosenOptionIds)}</dd>
                  </div>
                  {result.correct ? null : (
                    <div>
                      <dt>{q.rightAnswer}</dt>
                      <dd lang={lang}>{text(result.correctOptionIds)}</dd>
                    </div>
                  )}
                </dl>
                <p lang={lang} data-testid="quiz-explanation">
                  {result.explanation}
                </p>
              </li>
            );
          })}
        </ol>
      </section>
    </div>
  );
}
