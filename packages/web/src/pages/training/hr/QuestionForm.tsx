import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTRPC } from '../../../app/trpc';
import { SelectField } from '../../../components/Field';
import { FormError } from '../../../components/FormError';
import { useNotify } from '../../../components/Toasts';
import { useI18n } from '../../../i18n/I18nProvider';
import { EMPTY_LOCALIZED, isComplete, type Localized } from './ContentSection';
import { LocalizedFields } from './LocalizedFields';

type Option = { key: number; text: Localized; correct: boolean };

const MIN_OPTIONS = 2;
const MAX_OPTIONS = 6;

function blankOptions(): Option[] {
  return [0, 1, 2].map((key) => ({ key, text: EMPTY_LOCALIZED, correct: false }));
}

/** A quiz question of the organisation's own: one correct answer makes it single choice, more multiple. */
export function QuestionForm({ modules }: { modules: readonly { id: string; title: string }[] }) {
  const { m, format } = useI18n();
  const c = m.training.hr.content;
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const notify = useNotify();
  const [moduleId, setModuleId] = useState(modules[0]?.id ?? '');
  const [prompt, setPrompt] = useState<Localized>(EMPTY_LOCALIZED);
  const [options, setOptions] = useState<Option[]>(blankOptions);
  const [explanation, setExplanation] = useState<Localized>(EMPTY_LOCALIZED);
  const [tried, setTried] = useState(false);
  const add = useMutation(
    trpc.training.addQuestion.mutationOptions({
      onSuccess: () => {
        notify(c.saved);
        setPrompt(EMPTY_LOCALIZED);
        setOptions(blankOptions());
        setExplanation(EMPTY_LOCALIZED);
        setTried(false);
        void queryClient.invalidateQueries({ queryKey: trpc.training.content.queryKey() });
      },
    }),
  );
  const correctCount = options.filter((option) => option.correct).length;
  const update = (key: number, patch: Partial<Option>) =>
    setOptions((current) => current.map((option) => (option.key === key ? { ...option, ...patch } : option)));

  const submit = () => {
    setTried(true);
    const complete =
      isComplete(prompt) && isComplete(explanation) && options.every((option) => isComplete(option.text));
    if (!complete || correctCount === 0 || !moduleId) return;
    add.mutate({
      moduleId,
      kind: correctCount > 1 ? 'multiple' : 'single',
      prompt,
      explanation,
      options: options.map((option) => ({ text: option.text, correct: option.correct })),
    });
  };

  return (
    <details className="portal-again">
      <summary className="portal-again__summary" data-testid="question-form-open">
        {c.addQuestion}
      </summary>
      <form
        className="stack portal-reader"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
      >
        <FormError error={add.error} />
        <SelectField
          label={c.module}
          value={moduleId}
          onValueChange={setModuleId}
          options={modules.map((module) => ({ value: module.id, label: module.title }))}
          data-testid="question-module"
        />
        <LocalizedFields
          label={c.prompt}
          value={prompt}
          onChange={setPrompt}
          maxLength={1000}
          invalid={tried}
          testId="question-prompt"
        />
        {options.map((option, index) => (
          <div key={option.key} className="stack">
            <LocalizedFields
              label={c.option(format.number(index + 1))}
              value={option.text}
              onChange={(text) => update(option.key, { text })}
              maxLength={500}
              invalid={tried}
              testId={`question-option-${index + 1}`}
            />
            <div className="portal-actions">
              <label className="adoption-choice">
                <input
                  type="checkbox"
                  checked={option.correct}
                  data-testid={`question-option-${index + 1}-correct`}
                  onChange={(event) => update(option.key, { correct: event.target.checked })}
                />
                <span>{c.correct}</span>
              </label>
              {options.length > MIN_OPTIONS ? (
                <button
                  type="button"
                  className="button button--small button--quiet"
                  onClick={() => setOptions((current) => current.filter((item) => item.key !== option.key))}
                >
                  {c.removeOption}
                  <span className="visually-hidden"> {format.number(index + 1)}</span>
                </button>
              ) : null}
            </div>
          </div>
        ))}
        {tried && correctCount === 0 ? (
          <p className="field__error" role="alert">
            {c.needCorrect}
          </p>
        ) : null}
        {options.length < MAX_OPTIONS ? (
          <div>
            <button
              type="button"
              className="button button--small"
              onClick={() =>
                setOptions((current) => [
                  ...current,
                  {
                    key: Math.max(...current.map((item) => item.key)) + 1,
                    text: EMPTY_LOCALIZED,
                    correct: false,
                  },
                ])
              }
            >
              {c.addOption}
            </button>
          </div>
        ) : null}
        <LocalizedFields
          label={c.explanation}
          value={explanation}
          onChange={setExplanation}
          multiline
          maxLength={2000}
          invalid={tried}
          testId="question-explanation"
        />
        <div>
          <button
            type="submit"
            className="button button--primary"
            disabled={add.isPending}
            data-testid="question-submit"
          >
            {c.addQuestion}
          </button>
        </div>
      </form>
    </details>
  );
}
