import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useId, useState } from 'react';
import { useTRPC } from '../../../app/trpc';
import { TextField } from '../../../components/Field';
import { FormError } from '../../../components/FormError';
import { useNotify } from '../../../components/Toasts';
import { useI18n } from '../../../i18n/I18nProvider';
import { daysFromToday, todayIso } from '../../../lib/dates';
import { useFormErrors } from '../../../lib/useFormErrors';

const DEFAULT_DUE_DAYS = 30;
const DEFAULT_ONBOARDING_DAYS = 90;

export function AssignmentForm() {
  const { m } = useI18n();
  const a = m.training.hr.assignments;
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const notify = useNotify();
  const formId = useId();
  const [title, setTitle] = useState('');
  const [dueDate, setDueDate] = useState(() => daysFromToday(DEFAULT_DUE_DAYS));
  const [onboardingDays, setOnboardingDays] = useState(String(DEFAULT_ONBOARDING_DAYS));
  const [refresher, setRefresher] = useState(true);
  const [everyone, setEveryone] = useState(true);
  const [unitIds, setUnitIds] = useState<ReadonlySet<string>>(new Set());
  const units = useQuery(trpc.units.list.queryOptions(undefined, { enabled: !everyone }));
  const create = useMutation(
    trpc.training.createAssignment.mutationOptions({
      onSuccess: () => {
        notify(a.created);
        setTitle('');
        void queryClient.invalidateQueries({ queryKey: trpc.training.pathKey() });
      },
    }),
  );
  const { errors, setClientErrors } = useFormErrors(create.error);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const clientErrors: Record<string, string> = {};
    if (!title.trim()) clientErrors.title = 'required';
    if (dueDate < todayIso()) clientErrors.dueDate = 'dateInPast';
    const days = Number(onboardingDays);
    if (!Number.isInteger(days) || days < 1 || days > 365) clientErrors.onboardingDays = 'notWholeNumber';
    if (!everyone && unitIds.size === 0) clientErrors['audience.unitIds'] = 'chooseUnit';
    setClientErrors(clientErrors);
    if (Object.keys(clientErrors).length > 0) return;
    create.mutate({
      title: title.trim(),
      dueDate,
      onboardingDays: days,
      refresher,
      audience: everyone ? {} : { unitIds: [...unitIds] },
    });
  };

  return (
    <form className="card stack" onSubmit={submit} noValidate data-testid="assignment-form">
      <h3 className="card__title">{a.create}</h3>
      <FormError
        error={create.error}
        fields={['title', 'dueDate', 'onboardingDays', 'audience', 'audience.unitIds']}
      />
      <TextField
        label={a.name}
        hint={a.nameHint}
        value={title}
        onValueChange={setTitle}
        maxLength={200}
        errorKey={errors.title}
        data-testid="assignment-title"
      />
      <div className="grid-2">
        <TextField
          label={a.due}
          type="date"
          min={todayIso()}
          value={dueDate}
          onValueChange={setDueDate}
          errorKey={errors.dueDate}
          data-testid="assignment-due"
        />
        <TextField
          label={a.onboardingDays}
          hint={a.onboardingHint}
          type="number"
          inputMode="numeric"
          min={1}
          max={365}
          value={onboardingDays}
          onValueChange={setOnboardingDays}
          errorKey={errors.onboardingDays}
          data-testid="assignment-onboarding"
        />
      </div>
      <label className="portal-consent">
        <input
          type="checkbox"
          className="portal-consent__box"
          checked={refresher}
          onChange={(event) => setRefresher(event.target.checked)}
          data-testid="assignment-refresher"
        />
        <span className="portal-consent__text">{a.refresher}</span>
      </label>
      <fieldset className="fieldset">
        <legend>{a.audience}</legend>
        {[true, false].map((option) => (
          <label key={String(option)} className="adoption-choice">
            <input
              type="radio"
              name={`${formId}-audience`}
              checked={everyone === option}
              onChange={() => setEveryone(option)}
              data-testid={option ? 'assignment-everyone' : 'assignment-units'}
            />
            <span>{option ? a.everyone : a.someUnits}</span>
          </label>
        ))}
        {everyone ? null : (
          <fieldset className="fieldset">
            <legend>{a.units}</legend>
            {errors['audience.unitIds'] ? (
              <p className="field__error" role="alert">
                {m.errors.fields.chooseUnit}
              </p>
            ) : null}
            {(units.data ?? []).map((unit) => (
              <label key={unit.id} className="adoption-choice">
                <input
                  type="checkbox"
                  checked={unitIds.has(unit.id)}
                  onChange={(event) => {
                    const next = new Set(unitIds);
                    if (event.target.checked) next.add(unit.id);
                    else next.delete(unit.id);
                    setUnitIds(next);
                  }}
                />
                <span>{unit.name}</span>
              </label>
            ))}
          </fieldset>
        )}
      </fieldset>
      <div className="form-actions">
        <button
          type="submit"
          className="button button--primary"
          disabled={create.isPending}
          data-testid="assignment-submit"
        >
          {a.submit}
        </button>
      </div>
    </form>
  );
}
