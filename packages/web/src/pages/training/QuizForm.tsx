import { useState } from 'react';
import { useI18n } from '../../i18n/I18nProvider';
import { QuestionFieldset, type ShownQuestion } from './QuestionFieldset';
import { TrainingFormError } from './trainingErrors';

export type QuizAnswers = Record<string, string[]>;

type Props = {
  questions: readonly ShownQuestion[];
  lang: string;
  busy: boolean;
  error: unknown;
  onSubmit: (answers: QuizAnswers) => void;
};

/** The questions as the server drew them, options in the order given; nothing is scored here. */
export function QuizForm({ questions, lang, busy, error, onSubmit }: Props) {
  const { m, format } = useI18n();
  const q = m.training.quiz;
  const [answers, setAnswers] = useState<QuizAnswers>({});
  const [missing, setMissing] = useState(0);
  const total = format.number(questions.length);

  const submit = () => {
    const unanswered = questions.filter((question) => (answers[question.id] ?? []).length === 0);
    setMissing(unanswered.length);
    if (unanswered[0]) {
      document.querySelector<HTMLInputElement>(`[data-question-id="${unanswered[0].id}"] input`)?.focus();
      return;
    }
    onSubmit(answers);
  };

  return (
    <form
      className="stack stack--large"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
      data-testid="quiz-form"
    >
      <ol className="training-quiz__list">
        {questions.map((question, index) => (
          <li key={question.id} className="card">
            <QuestionFieldset
              question={question}
              chosen={answers[question.id] ?? []}
              onChange={(optionIds) => setAnswers((current) => ({ ...current, [question.id]: optionIds }))}
              heading={q.questionOf(format.number(index + 1), total)}
              lang={lang}
              testId="quiz-question"
            />
          </li>
        ))}
      </ol>
      {missing > 0 ? (
        <div className="alert alert--error" role="alert" data-testid="quiz-unanswered">
          <p>{q.unanswered(missing)}</p>
        </div>
      ) : null}
      <TrainingFormError error={error} />
      <div>
        <button
          type="submit"
          className="button button--primary portal-form__submit"
          disabled={busy}
          data-testid="quiz-submit"
        >
          {busy ? m.common.working : q.submit}
        </button>
      </div>
    </form>
  );
}
