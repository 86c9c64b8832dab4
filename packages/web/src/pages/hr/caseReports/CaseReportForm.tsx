import {
  CASE_CHANNELS,
  CASE_OUTCOMES,
  CASE_TYPES,
  type CaseReportInput,
  caseReportInput,
} from '@qorgau/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useId, useState } from 'react';
import { useTRPC } from '../../../app/trpc';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { SelectField, TextField } from '../../../components/Field';
import { FormError } from '../../../components/FormError';
import { useNotify } from '../../../components/Toasts';
import { useI18n } from '../../../i18n/I18nProvider';
import { useFormErrors } from '../../../lib/useFormErrors';
import { validate } from '../../../lib/validate';
import { Breakdown, CountField } from './CountFields';
import {
  emptyForm,
  type CaseReportForm as FormValues,
  formFromReport,
  inputFromForm,
  lastFinishedQuarter,
  sumOf,
} from './caseReportForm';
import { fieldErrorText } from './fieldErrors';

const SHOWN_FIELDS = [
  'year',
  'quarter',
  'received',
  'byChannel',
  'byType',
  'acknowledgedInTime',
  'investigated',
  'respondedInTime',
  'outcomes',
  'medianDaysToRespond',
  ...CASE_CHANNELS.map((key) => `byChannel.${key}`),
  ...CASE_TYPES.map((key) => `byType.${key}`),
  ...CASE_OUTCOMES.map((key) => `outcomes.${key}`),
];

type Props = { submitted: readonly CaseReportInput[] };

/** Counts only, checked with the server's own schema before sending; a quarter sent again replaces the earlier one. */
export function CaseReportForm({ submitted }: Props) {
  const { m } = useI18n();
  const r = m.monitoring.caseReports;
  const f = r.form;
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const notify = useNotify();
  const titleId = useId();
  const [values, setValues] = useState<FormValues>(() => emptyForm(lastFinishedQuarter(new Date())));
  const [pending, setPending] = useState<CaseReportInput | null>(null);
  const submit = useMutation(
    trpc.caseReports.submit.mutationOptions({
      onSuccess: (report) => {
        setPending(null);
        notify(f.submitted(r.period(report.quarter, report.year)));
        void queryClient.invalidateQueries({ queryKey: trpc.caseReports.list.queryKey() });
      },
      // The reasons belong next to the fields, which the dialog would cover.
      onError: () => setPending(null),
    }),
  );
  const { errors, setClientErrors } = useFormErrors(submit.error);
  const error = (path: string) => fieldErrorText(m, errors[path]);
  const period = r.period(Number(values.quarter), Number(values.year));
  const existing = submitted.find(
    (report) => String(report.year) === values.year && String(report.quarter) === values.quarter,
  );

  const choosePeriod = (year: string, quarter: string) => {
    const earlier = submitted.find(
      (report) => String(report.year) === year && String(report.quarter) === quarter,
    );
    // A quarter already reported opens with its figures, so replacing it starts from what was sent.
    setValues(
      earlier ? formFromReport(earlier) : { ...emptyForm({ year: Number(year), quarter: Number(quarter) }) },
    );
    setClientErrors({});
    submit.reset();
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = inputFromForm(values);
    const checked = validate(caseReportInput, parsed.input);
    const clientErrors = { ...(checked.ok ? {} : checked.errors), ...parsed.errors };
    setClientErrors(clientErrors);
    submit.reset();
    if (!checked.ok || Object.keys(parsed.errors).length > 0) {
      window.requestAnimationFrame(() =>
        document
          .querySelector<HTMLElement>('[data-testid="case-report-form"] [aria-invalid="true"]')
          ?.focus(),
      );
      return;
    }
    setPending(checked.data);
  };

  const set = (path: keyof FormValues) => (value: string) =>
    setValues((current) => ({ ...current, [path]: value }));
  const setIn =
    <G extends 'byChannel' | 'byType' | 'outcomes'>(group: G, key: keyof FormValues[G]) =>
    (value: string) =>
      setValues((current) => ({ ...current, [group]: { ...current[group], [key]: value } }));

  const thisYear = new Date().getFullYear();
  const years = [thisYear, thisYear - 1, thisYear - 2].map(String);

  return (
    <section className="card stack" aria-labelledby={titleId}>
      <h2 id={titleId} className="card__title">
        {f.title}
      </h2>
      <form className="stack case-report-form" onSubmit={onSubmit} noValidate data-testid="case-report-form">
        <FormError error={submit.error} fields={SHOWN_FIELDS} />
        <div className="grid-2">
          <SelectField
            label={f.year}
            value={values.year}
            onValueChange={(year) => choosePeriod(year, values.quarter)}
            options={years.map((year) => ({ value: year, label: year }))}
            errorText={error('year')}
            data-testid="case-year"
          />
          <SelectField
            label={f.quarter}
            value={values.quarter}
            onValueChange={(quarter) => choosePeriod(values.year, quarter)}
            options={[1, 2, 3, 4].map((quarter) => ({
              value: String(quarter),
              label: f.quarterOption(quarter),
            }))}
            errorText={error('quarter')}
            data-testid="case-quarter"
          />
        </div>
        {existing ? (
          <p className="alert alert--info" data-testid="case-replaces">
            {r.replaces}
          </p>
        ) : null}
        <CountField
          label={f.received}
          value={values.received}
          onValueChange={set('received')}
          error={error('received')}
          testId="case-received"
        />
        <Breakdown
          legend={f.byChannel}
          hint={f.byChannelHint}
          total={sumOf(values.byChannel)}
          received={values.received}
          error={error('byChannel')}
          testId="case-by-channel"
        >
          {CASE_CHANNELS.map((channel) => (
            <CountField
              key={channel}
              label={r.channels[channel]}
              value={values.byChannel[channel]}
              onValueChange={setIn('byChannel', channel)}
              error={error(`byChannel.${channel}`)}
              testId={`case-channel-${channel}`}
            />
          ))}
        </Breakdown>
        <Breakdown
          legend={f.byType}
          hint={f.byTypeHint}
          total={sumOf(values.byType)}
          received={values.received}
          error={error('byType')}
          testId="case-by-type"
        >
          {CASE_TYPES.map((type) => (
            <CountField
              key={type}
              label={r.types[type]}
              value={values.byType[type]}
              onValueChange={setIn('byType', type)}
              error={error(`byType.${type}`)}
              testId={`case-type-${type}`}
            />
          ))}
        </Breakdown>
        <fieldset className="fieldset">
          <legend>{f.response}</legend>
          <div className="case-report-form__grid">
            <CountField
              label={f.acknowledgedInTime}
              hint={f.acknowledgedInTimeHint}
              value={values.acknowledgedInTime}
              onValueChange={set('acknowledgedInTime')}
              error={error('acknowledgedInTime')}
              testId="case-acknowledged"
            />
            <CountField
              label={f.investigated}
              value={values.investigated}
              onValueChange={set('investigated')}
              error={error('investigated')}
              testId="case-investigated"
            />
            <CountField
              label={f.respondedInTime}
              hint={f.respondedInTimeHint}
              value={values.respondedInTime}
              onValueChange={set('respondedInTime')}
              error={error('respondedInTime')}
              testId="case-responded"
            />
            <TextField
              label={f.median}
              hint={f.medianHint}
              inputMode="decimal"
              className="input input--number"
              value={values.medianDaysToRespond}
              onValueChange={set('medianDaysToRespond')}
              errorText={error('medianDaysToRespond')}
              suffix={f.daysSuffix}
              data-testid="case-median"
            />
          </div>
        </fieldset>
        <Breakdown
          legend={f.outcomes}
          hint={f.outcomesHint}
          total={sumOf(values.outcomes)}
          received={null}
          error={error('outcomes')}
          testId="case-outcomes"
        >
          {CASE_OUTCOMES.map((outcome) => (
            <CountField
              key={outcome}
              label={r.outcomes[outcome]}
              value={values.outcomes[outcome]}
              onValueChange={setIn('outcomes', outcome)}
              error={error(`outcomes.${outcome}`)}
              testId={`case-outcome-${outcome}`}
            />
          ))}
        </Breakdown>
        <div className="form-actions">
          <button
            type="submit"
            className="button button--primary"
            disabled={submit.isPending}
            data-testid="case-submit"
          >
            {submit.isPending ? m.common.working : f.submit}
          </button>
        </div>
      </form>
      <ConfirmDialog
        open={pending !== null}
        title={f.confirmTitle}
        confirmLabel={f.submit}
        onConfirm={() => (pending ? submit.mutate(pending) : undefined)}
        onCancel={() => setPending(null)}
        pending={submit.isPending}
      >
        {f.confirmText(period)}
      </ConfirmDialog>
      <p className="visually-hidden" aria-live="polite">
        {submit.isSuccess ? f.submitted(period) : ''}
      </p>
    </section>
  );
}
