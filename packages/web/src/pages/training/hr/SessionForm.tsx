import { LANGUAGES, type Language } from '@qorgau/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTRPC } from '../../../app/trpc';
import { SelectField, TextField } from '../../../components/Field';
import { FormError } from '../../../components/FormError';
import { useNotify } from '../../../components/Toasts';
import { useI18n } from '../../../i18n/I18nProvider';
import { LANGUAGE_AUTONYMS } from '../../../i18n/languages';
import { todayIso } from '../../../lib/dates';
import { useFormErrors } from '../../../lib/useFormErrors';

type Format = 'in_person' | 'online';

export function SessionForm({ onCreated }: { onCreated: (id: string) => void }) {
  const { m, language: interfaceLanguage } = useI18n();
  const s = m.training.hr.sessions;
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const notify = useNotify();
  const [heldOn, setHeldOn] = useState(todayIso);
  const [format, setFormat] = useState<Format>('in_person');
  const [trainer, setTrainer] = useState('');
  const [place, setPlace] = useState('');
  const [topic, setTopic] = useState('');
  const [hours, setHours] = useState('2');
  const [language, setLanguage] = useState<Language>(interfaceLanguage);
  const create = useMutation(
    trpc.trainingSessions.create.mutationOptions({
      onSuccess: (result) => {
        notify(s.created);
        setTrainer('');
        setPlace('');
        setTopic('');
        void queryClient.invalidateQueries({ queryKey: trpc.trainingSessions.list.queryKey() });
        onCreated(result.id);
      },
    }),
  );
  const { errors, setClientErrors } = useFormErrors(create.error);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const clientErrors: Record<string, string> = {};
    if (!/^\d{4}-\d{2}-\d{2}$/.test(heldOn)) clientErrors.heldOn = 'invalidDate';
    if (!trainer.trim()) clientErrors.trainer = 'required';
    const hourCount = Number(hours.replace(',', '.'));
    if (!(hourCount > 0 && hourCount <= 100)) clientErrors.hours = 'invalid';
    setClientErrors(clientErrors);
    if (Object.keys(clientErrors).length > 0) return;
    create.mutate({
      heldOn,
      format,
      trainer: trainer.trim(),
      hours: hourCount,
      language,
      ...(place.trim() ? { place: place.trim() } : {}),
      ...(topic.trim() ? { topic: topic.trim() } : {}),
    });
  };

  return (
    <form className="card stack" onSubmit={submit} noValidate data-testid="session-form">
      <h3 className="card__title">{s.create}</h3>
      <FormError error={create.error} fields={['heldOn', 'trainer', 'place', 'topic', 'hours', 'language']} />
      <div className="grid-2">
        <TextField
          label={s.date}
          type="date"
          value={heldOn}
          onValueChange={setHeldOn}
          errorKey={errors.heldOn}
          data-testid="session-date"
        />
        <SelectField
          label={s.format}
          value={format}
          onValueChange={(value) => setFormat(value === 'online' ? 'online' : 'in_person')}
          options={[
            { value: 'in_person', label: s.formats.in_person },
            { value: 'online', label: s.formats.online },
          ]}
          data-testid="session-format"
        />
        <TextField
          label={s.trainer}
          value={trainer}
          onValueChange={setTrainer}
          maxLength={200}
          errorKey={errors.trainer}
          data-testid="session-trainer"
        />
        <TextField
          label={s.place}
          optional
          value={place}
          onValueChange={setPlace}
          maxLength={300}
          errorKey={errors.place}
        />
        <TextField label={s.topic} optional value={topic} onValueChange={setTopic} maxLength={300} />
        <TextField
          label={s.hours}
          inputMode="decimal"
          value={hours}
          onValueChange={setHours}
          errorKey={errors.hours}
        />
        <SelectField
          label={s.language}
          value={language}
          onValueChange={(value) => setLanguage(LANGUAGES.find((option) => option === value) ?? 'ru')}
          options={LANGUAGES.map((option) => ({ value: option, label: LANGUAGE_AUTONYMS[option] }))}
        />
      </div>
      <div className="form-actions">
        <button
          type="submit"
          className="button button--primary"
          disabled={create.isPending}
          data-testid="session-submit"
        >
          {s.submit}
        </button>
      </div>
    </form>
  );
}
