import { useId, useState } from 'react';
import { useI18n } from '../../i18n/I18nProvider';
import { QuestionFieldset, type QuestionOutcome, type ShownQuestion } from './QuestionFieldset';
import { TrainingFormError } from './trainingErrors';

export type CheckFeedback = QuestionOutcome & { explanation: string };

type Props = {
  question: ShownQuestion;
  lang: string;
  /** Asks the server: the page never holds the right answer before the person has answered. */
  onCheck: (optionIds: string[]) => Promise<CheckFeedback>;
};

/** A short check inside a module: answer, see whether it was right and why, try again if wanted. */
export function ModuleCheck({ question, lang, onCheck }: Props) {
  const { m } = useI18n();
  const c = m.training.check;
  const feedbackId = useId();
  const [chosen, setChosen] = useState<string[]>([]);
  const [feedback, setFeedback] = useState<CheckFeedback | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [empty, setEmpty] = useState(false);

  const check = async () => {
    if (chosen.length === 0) {
      setEmpty(true);
      return;
    }
    setBusy(true);
    setError(null);
    try {
      setFeedback(await onCheck(chosen));
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="training-check" data-testid="module-check" data-question-id={question.id}>
      <QuestionFieldset
        question={question}
        chosen={chosen}
        onChange={(next) => {
          setChosen(next);
          setEmpty(false);
        }}
        outcome={feedback ?? undefined}
        lang={lang}
        testId="check-question"
      />
      {empty ? (
        <p className="field__error" role="alert">
          {c.chooseFirst}
        </p>
      ) : null}
      <TrainingFormError error={error} />
      <div id={feedbackId} aria-live="polite">
        {feedback ? (
          <div
            className={feedback.correct ? 'alert alert--success' : 'alert alert--info'}
            data-testid="check-feedback"
            data-correct={feedback.correct}
          >
            <p>
              <strong>{feedback.correct ? c.correct : c.incorrect}</strong>
            </p>
            <p lang={lang}>{feedback.explanation}</p>
          </div>
        ) : null}
      </div>
      <div>
        {feedback ? (
          <button
            type="button"
            className="button button--small"
            onClick={() => {
              setFeedback(null);
              setChosen([]);
            }}
          >
            {c.again}
          </button>
        ) : (
          <button
            type="button"
            className="button button--small"
            onClick={() => void check()}
            disabled={busy}
            aria-describedby={feedbackId}
            data-testid="check-submit"
          >
            {c.submit}
          </button>
        )}
      </div>
    </div>
  );
}
