import { useId } from 'react';
import { useI18n } from '../../i18n/I18nProvider';

export type ShownQuestion = {
  id: string;
  kind: 'single' | 'multiple';
  prompt: string;
  options: readonly { id: string; text: string }[];
};

/** After an answer is checked: which options were right, to mark them next to the person's choice. */
export type QuestionOutcome = { correct: boolean; correctOptionIds: readonly string[] };

type Props = {
  question: ShownQuestion;
  chosen: readonly string[];
  onChange: (optionIds: string[]) => void;
  outcome?: QuestionOutcome | undefined;
  heading?: string;
  lang: string;
  testId: string;
};

/** One question with its options, as radio buttons or checkboxes; options keep the order they came in. */
export function QuestionFieldset({ question, chosen, onChange, outcome, heading, lang, testId }: Props) {
  const { m } = useI18n();
  const hintId = useId();
  const name = useId();
  const locked = outcome !== undefined;
  const toggle = (optionId: string, checked: boolean) => {
    if (question.kind === 'single') onChange([optionId]);
    else onChange(checked ? [...chosen, optionId] : chosen.filter((id) => id !== optionId));
  };
  return (
    <fieldset
      className="training-question"
      aria-describedby={hintId}
      data-testid={testId}
      data-question-id={question.id}
      data-outcome={outcome ? (outcome.correct ? 'correct' : 'incorrect') : undefined}
    >
      <legend className="training-question__legend">
        {heading ? <span className="training-question__number">{heading}</span> : null}
        <span lang={lang}>{question.prompt}</span>
      </legend>
      <p id={hintId} className="field__hint">
        {question.kind === 'single' ? m.training.check.single : m.training.check.multiple}
      </p>
      <ul className="training-options">
        {question.options.map((option) => {
          const selected = chosen.includes(option.id);
          const right = outcome?.correctOptionIds.includes(option.id) ?? false;
          const mark = outcome ? (right ? 'right' : selected ? 'wrong' : undefined) : undefined;
          return (
            <li key={option.id}>
              <label className="training-option" data-mark={mark}>
                <input
                  type={question.kind === 'single' ? 'radio' : 'checkbox'}
                  name={name}
                  className="training-option__input"
                  checked={selected}
                  disabled={locked}
                  onChange={(event) => toggle(option.id, event.target.checked)}
                  data-testid="option"
                  data-option-id={option.id}
                />
                <span lang={lang}>{option.text}</span>
                {mark === 'right' ? (
                  <span className="training-option__mark">{m.training.check.correctAnswer}</span>
                ) : null}
              </label>
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}
