import { createOrganizationInput, LANGUAGES, type Language } from '@qorgau/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTRPC } from '../../app/trpc';
import { Dialog } from '../../components/Dialog';
import { SelectField, TextField } from '../../components/Field';
import { FormError } from '../../components/FormError';
import { useNotify } from '../../components/Toasts';
import { useI18n } from '../../i18n/I18nProvider';
import { LANGUAGE_AUTONYMS, languageOr } from '../../i18n/languages';
import { useFormErrors } from '../../lib/useFormErrors';
import { validate } from '../../lib/validate';

const FORM_FIELDS = ['kind', 'names.kk', 'names.ru', 'names.en', 'bin', 'defaultLanguage'];

type Kind = 'company' | 'university';

export function NewOrganizationDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { m } = useI18n();
  return (
    <Dialog open={open} onClose={onClose} title={m.programme.create.title} testId="new-organization-dialog">
      <NewOrganizationForm onDone={onClose} />
    </Dialog>
  );
}

function NewOrganizationForm({ onDone }: { onDone: () => void }) {
  const { m, language } = useI18n();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const notify = useNotify();
  const [kind, setKind] = useState<Kind>('company');
  const [names, setNames] = useState<Record<Language, string>>({ kk: '', ru: '', en: '' });
  const [bin, setBin] = useState('');
  const [defaultLanguage, setDefaultLanguage] = useState<Language>('kk');

  const create = useMutation(
    trpc.organizations.create.mutationOptions({
      onSuccess: () => {
        void queryClient.invalidateQueries({ queryKey: trpc.organizations.list.queryKey() });
        notify(m.programme.create.created(names[language].trim()));
        onDone();
      },
    }),
  );
  const { errors, setClientErrors } = useFormErrors(create.error);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const result = validate(createOrganizationInput, { kind, names, bin, defaultLanguage });
    setClientErrors(result.ok ? {} : result.errors);
    if (!result.ok) {
      create.reset();
      return;
    }
    create.mutate(result.data);
  };

  const nameLabels: Record<Language, string> = {
    kk: m.programme.create.nameKk,
    ru: m.programme.create.nameRu,
    en: m.programme.create.nameEn,
  };

  return (
    <form className="stack" onSubmit={submit} noValidate data-testid="new-organization-form">
      <FormError error={create.error} fields={FORM_FIELDS} />
      <SelectField
        label={m.programme.create.kind}
        value={kind}
        onValueChange={(value) => setKind(value === 'university' ? 'university' : 'company')}
        options={[
          { value: 'company', label: m.organizationKinds.company },
          { value: 'university', label: m.organizationKinds.university },
        ]}
        errorKey={errors.kind}
      />
      <fieldset className="fieldset">
        <legend>{m.programme.create.names}</legend>
        {LANGUAGES.map((code) => (
          <TextField
            key={code}
            label={nameLabels[code]}
            lang={code}
            value={names[code]}
            onValueChange={(value) => setNames((current) => ({ ...current, [code]: value }))}
            errorKey={errors[`names.${code}`]}
            data-testid={`organization-name-${code}`}
          />
        ))}
      </fieldset>
      <TextField
        label={m.programme.create.bin}
        hint={m.programme.create.binHint}
        inputMode="numeric"
        autoComplete="off"
        maxLength={12}
        value={bin}
        onValueChange={(value) => setBin(value.replace(/\D/g, ''))}
        errorKey={errors.bin}
        data-testid="organization-bin"
      />
      <SelectField
        label={m.programme.create.defaultLanguage}
        hint={m.programme.create.defaultLanguageHint}
        value={defaultLanguage}
        onValueChange={(value) => setDefaultLanguage(languageOr(value, 'kk'))}
        options={LANGUAGES.map((code) => ({ value: code, label: LANGUAGE_AUTONYMS[code] }))}
        errorKey={errors.defaultLanguage}
      />
      <div className="form-actions">
        <button type="button" className="button button--quiet" onClick={onDone}>
          {m.common.cancel}
        </button>
        <button
          type="submit"
          className="button button--primary"
          disabled={create.isPending}
          data-testid="new-organization-submit"
        >
          {create.isPending ? m.common.working : m.programme.create.submit}
        </button>
      </div>
    </form>
  );
}
