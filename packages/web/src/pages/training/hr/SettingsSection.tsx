import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { can, useMe } from '../../../app/session';
import { useTRPC } from '../../../app/trpc';
import { TextField } from '../../../components/Field';
import { FormError } from '../../../components/FormError';
import { ErrorState, Loading } from '../../../components/States';
import { useNotify } from '../../../components/Toasts';
import { useI18n } from '../../../i18n/I18nProvider';

type Settings = { quizGatedAck: boolean; onboardingDays: number };

/** Quiz-gated acknowledgement and the newcomers' window. */
export function SettingsSection() {
  const { m } = useI18n();
  const trpc = useTRPC();
  const titleId = useId();
  const settings = useQuery(trpc.training.settings.queryOptions());
  return (
    <section className="card stack" aria-labelledby={titleId} data-testid="training-settings">
      <h2 id={titleId} className="card__title">
        {m.training.hr.settings.title}
      </h2>
      {settings.isPending ? (
        <Loading />
      ) : settings.isError ? (
        <ErrorState error={settings.error} onRetry={() => void settings.refetch()} />
      ) : (
        <SettingsForm key={JSON.stringify(settings.data)} saved={settings.data} />
      )}
    </section>
  );
}

function SettingsForm({ saved }: { saved: Settings }) {
  const { m } = useI18n();
  const s = m.training.hr.settings;
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const notify = useNotify();
  const me = useMe().data;
  const editable = can(me, 'training.manage');
  const hintId = useId();
  const [quizGatedAck, setQuizGatedAck] = useState(saved.quizGatedAck);
  const [days, setDays] = useState(String(saved.onboardingDays));
  const save = useMutation(
    trpc.training.saveSettings.mutationOptions({
      onSuccess: () => {
        notify(s.saved);
        void queryClient.invalidateQueries({ queryKey: trpc.training.settings.queryKey() });
      },
    }),
  );
  const valid = /^\d{1,3}$/.test(days) && Number(days) >= 1 && Number(days) <= 365;
  return (
    <form
      className="stack"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        if (valid) save.mutate({ quizGatedAck, onboardingDays: Number(days) });
      }}
    >
      <FormError error={save.error} />
      <label className="portal-consent">
        <input
          type="checkbox"
          className="portal-consent__box"
          checked={quizGatedAck}
          disabled={!editable}
          onChange={(event) => setQuizGatedAck(event.target.checked)}
          aria-describedby={hintId}
          data-testid="settings-quiz-gated"
        />
        <span className="portal-consent__text">
          {s.quizGated}
          <span id={hintId} className="field__hint">
            {s.quizGatedHint}
          </span>
        </span>
      </label>
      <div className="grid-2">
        <TextField
          label={s.onboardingDays}
          type="number"
          inputMode="numeric"
          min={1}
          max={365}
          value={days}
          disabled={!editable}
          onValueChange={setDays}
          errorKey={valid ? undefined : 'notWholeNumber'}
          data-testid="settings-onboarding-days"
        />
      </div>
      {editable ? (
        <div className="form-actions">
          <button
            type="submit"
            className="button button--primary"
            disabled={save.isPending || !valid}
            data-testid="settings-save"
          >
            {m.common.save}
          </button>
        </div>
      ) : null}
    </form>
  );
}
