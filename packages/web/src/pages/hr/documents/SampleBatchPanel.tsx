import { LANGUAGES, type Language, startSampleBatchInput } from '@qorgau/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useId, useState } from 'react';
import { useTRPC } from '../../../app/trpc';
import { SelectField } from '../../../components/Field';
import { FormError } from '../../../components/FormError';
import { JobProgress } from '../../../components/JobProgress';
import { useNotify } from '../../../components/Toasts';
import { useI18n } from '../../../i18n/I18nProvider';
import { LANGUAGE_AUTONYMS } from '../../../i18n/languages';
import { useFormErrors } from '../../../lib/useFormErrors';
import { validate } from '../../../lib/validate';
import { toJobFailures } from './batch-failures';
import { useBatch } from './useBatch';

const SAMPLE_KINDS = ['training-certificate', 'acknowledgement-receipt'] as const;
type SampleKind = (typeof SAMPLE_KINDS)[number];
const FORM_FIELDS = ['kind', 'language'];

export function SampleBatchPanel() {
  const { m, language: interfaceLanguage } = useI18n();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const notify = useNotify();
  const titleId = useId();
  const [kind, setKind] = useState<SampleKind>(SAMPLE_KINDS[0]);
  const [language, setLanguage] = useState<Language>(interfaceLanguage);
  const [started, setStarted] = useState<{ batchId: string; total: number } | null>(null);
  const start = useMutation(
    trpc.documents.startSampleBatch.mutationOptions({
      onSuccess: (result) => {
        setStarted(result);
        notify(m.documents.samples.started(result.total));
        void queryClient.invalidateQueries({ queryKey: trpc.documents.batches.queryKey() });
      },
    }),
  );
  const { errors, setClientErrors } = useFormErrors(start.error);
  const batch = useBatch(started?.batchId ?? null);
  // One batch at a time from this panel: a second click would issue every document twice.
  const running = started !== null && (batch.data?.status ?? 'running') === 'running';

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const result = validate(startSampleBatchInput, { kind, language });
    setClientErrors(result.ok ? {} : result.errors);
    if (!result.ok) {
      start.reset();
      return;
    }
    start.mutate(result.data);
  };

  return (
    <section className="card stack" aria-labelledby={titleId} data-testid="sample-batch-panel">
      <div>
        <h2 id={titleId} className="card__title">
          {m.documents.samples.title}
        </h2>
        <p className="muted">{m.documents.samples.explanation}</p>
      </div>
      <form className="stack" onSubmit={submit} noValidate data-testid="sample-batch-form">
        <FormError error={start.error} fields={FORM_FIELDS} />
        <div className="grid-2">
          <SelectField
            label={m.documents.samples.kind}
            value={kind}
            onValueChange={(value) => setKind(SAMPLE_KINDS.find((option) => option === value) ?? kind)}
            options={SAMPLE_KINDS.map((option) => ({ value: option, label: m.documents.kinds[option] }))}
            errorKey={errors.kind}
            data-testid="sample-kind"
          />
          <SelectField
            label={m.documents.samples.language}
            value={language}
            onValueChange={(value) => setLanguage(LANGUAGES.find((option) => option === value) ?? language)}
            options={LANGUAGES.map((option) => ({ value: option, label: LANGUAGE_AUTONYMS[option] }))}
            errorKey={errors.language}
            data-testid="sample-language"
          />
        </div>
        <div>
          <button
            type="submit"
            className="button button--primary"
            disabled={start.isPending || running}
            data-testid="sample-batch-submit"
          >
            {start.isPending ? m.common.working : m.documents.samples.submit}
          </button>
        </div>
      </form>
      {started ? (
        <JobProgress
          label={m.documents.samples.progressTitle}
          total={batch.data?.total ?? started.total}
          done={batch.data?.done ?? 0}
          failed={batch.data?.failed ?? 0}
          status={batch.data?.status ?? 'running'}
          etaSeconds={batch.data?.etaSeconds ?? null}
          failures={toJobFailures(batch.data?.failures, m)}
          testId="sample-batch-progress"
        />
      ) : null}
    </section>
  );
}
