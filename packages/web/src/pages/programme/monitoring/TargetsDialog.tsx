import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTRPC } from '../../../app/trpc';
import { Dialog } from '../../../components/Dialog';
import { TextField } from '../../../components/Field';
import { FormError } from '../../../components/FormError';
import { useNotify } from '../../../components/Toasts';
import { useI18n } from '../../../i18n/I18nProvider';
import { useFormErrors } from '../../../lib/useFormErrors';
import { fieldErrorText } from '../../hr/caseReports/fieldErrors';
import { TARGET_FIELDS, type TargetField, type Targets, targetsFromForm, targetsToForm } from './targets';

type Props = { targets: Targets | null; onClose: () => void };

export function TargetsDialog({ targets, onClose }: Props) {
  const { m } = useI18n();
  const t = m.monitoring.indicators;
  return (
    <Dialog
      open={targets !== null}
      onClose={onClose}
      title={t.targetsTitle}
      subtitle={t.targetsIntro}
      testId="targets-dialog"
    >
      {targets ? <TargetsForm targets={targets} onDone={onClose} /> : null}
    </Dialog>
  );
}

function TargetsForm({ targets, onDone }: { targets: Targets; onDone: () => void }) {
  const { m } = useI18n();
  const t = m.monitoring.indicators;
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const notify = useNotify();
  const [values, setValues] = useState(() => targetsToForm(targets));
  const save = useMutation(
    trpc.monitoring.setTargets.mutationOptions({
      onSuccess: () => {
        void queryClient.invalidateQueries({ queryKey: trpc.monitoring.pathKey() });
        notify(t.targetsSaved);
        onDone();
      },
    }),
  );
  const { errors, setClientErrors } = useFormErrors(save.error);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const result = targetsFromForm(values);
    setClientErrors(result.ok ? {} : result.errors);
    if (!result.ok) {
      save.reset();
      return;
    }
    save.mutate(result.targets);
  };

  const suffix = (field: TargetField) =>
    field === 'companiesAdopted' || field === 'universitiesAdopted'
      ? t.organisationsSuffix
      : field === 'timelyResponsesBaseline'
        ? undefined
        : t.percentSuffix;

  return (
    <form className="stack" onSubmit={submit} noValidate data-testid="targets-form">
      <FormError error={save.error} fields={TARGET_FIELDS} />
      {TARGET_FIELDS.map((field) => (
        <TextField
          key={field}
          label={t.targetFields[field]}
          hint={field === 'timelyResponsesBaseline' ? t.targetFields.timelyResponsesBaselineHint : undefined}
          inputMode="decimal"
          className="input input--number"
          value={values[field]}
          onValueChange={(value) => setValues((current) => ({ ...current, [field]: value }))}
          errorText={fieldErrorText(m, errors[field])}
          suffix={suffix(field)}
          data-testid={`target-${field}`}
        />
      ))}
      <div className="form-actions">
        <button type="button" className="button button--quiet" onClick={onDone}>
          {m.common.cancel}
        </button>
        <button
          type="submit"
          className="button button--primary"
          disabled={save.isPending}
          data-testid="targets-submit"
        >
          {save.isPending ? m.common.working : m.common.save}
        </button>
      </div>
    </form>
  );
}
