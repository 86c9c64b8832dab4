import { createPersonInput, LANGUAGES, type Language, PERSON_KINDS, updatePersonInput } from '@qorgau/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTRPC } from '../../app/trpc';
import type { Person, Unit } from '../../app/types';
import { Dialog } from '../../components/Dialog';
import { SelectField, TextField } from '../../components/Field';
import { FormError } from '../../components/FormError';
import { useNotify } from '../../components/Toasts';
import { useI18n } from '../../i18n/I18nProvider';
import { LANGUAGE_AUTONYMS, languageOr } from '../../i18n/languages';
import { useFormErrors } from '../../lib/useFormErrors';
import { blankToUndefined, validate } from '../../lib/validate';
import { flattenUnits, indentedName } from './unitTree';

const FORM_FIELDS = ['fullName', 'email', 'position', 'unitId', 'number', 'kind', 'language'];

type Kind = (typeof PERSON_KINDS)[number];

/** `person` null with `open` true means "add"; a person means "edit". */
export function PersonDialog({
  open,
  person,
  units,
  onClose,
}: {
  open: boolean;
  person: Person | null;
  units: Unit[];
  onClose: () => void;
}) {
  const { m } = useI18n();
  return (
    <Dialog
      open={open}
      onClose={onClose}
      title={person ? m.people.form.editTitle : m.people.form.addTitle}
      subtitle={person?.fullName}
      testId="person-dialog"
    >
      <PersonForm person={person} units={units} onDone={onClose} />
    </Dialog>
  );
}

function PersonForm({ person, units, onDone }: { person: Person | null; units: Unit[]; onDone: () => void }) {
  const { m, language } = useI18n();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const notify = useNotify();
  const [fullName, setFullName] = useState(person?.fullName ?? '');
  const [email, setEmail] = useState(person?.email ?? '');
  const [position, setPosition] = useState(person?.position ?? '');
  const [unitId, setUnitId] = useState(person?.unitId ?? '');
  const [number, setNumber] = useState(person?.number ?? '');
  const [kind, setKind] = useState<Kind>(person?.kind ?? 'employee');
  const [personLanguage, setPersonLanguage] = useState<Language>(languageOr(person?.language, language));

  const onSuccess = (saved: Person) => {
    // Unit head-counts and the directory both change when a person is added or moved.
    void queryClient.invalidateQueries({ queryKey: trpc.people.pathKey() });
    void queryClient.invalidateQueries({ queryKey: trpc.units.list.queryKey() });
    notify(person ? m.people.form.saved(saved.fullName) : m.people.form.added(saved.fullName));
    onDone();
  };
  const create = useMutation(trpc.people.create.mutationOptions({ onSuccess }));
  const update = useMutation(trpc.people.update.mutationOptions({ onSuccess }));
  const mutation = person ? update : create;
  const { errors, setClientErrors } = useFormErrors(mutation.error);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const fields = {
      fullName,
      email: blankToUndefined(email),
      position: blankToUndefined(position),
      unitId: blankToUndefined(unitId),
      number: blankToUndefined(number),
      kind,
      language: personLanguage,
    };
    if (person) {
      const result = validate(updatePersonInput, { id: person.id, ...fields });
      setClientErrors(result.ok ? {} : result.errors);
      if (result.ok) update.mutate(result.data);
      else update.reset();
    } else {
      const result = validate(createPersonInput, fields);
      setClientErrors(result.ok ? {} : result.errors);
      if (result.ok) create.mutate(result.data);
      else create.reset();
    }
  };

  const unitOptions = [
    { value: '', label: m.people.form.noUnit },
    ...flattenUnits(units, language).map((unit) => ({ value: unit.id, label: indentedName(unit) })),
  ];

  return (
    <form className="stack" onSubmit={submit} noValidate data-testid="person-form">
      <FormError error={mutation.error} fields={FORM_FIELDS} />
      <TextField
        label={m.people.form.fullName}
        autoComplete="off"
        value={fullName}
        onValueChange={setFullName}
        errorKey={errors.fullName}
        data-testid="person-full-name"
      />
      <TextField
        label={m.people.form.email}
        hint={m.people.form.emailHint}
        type="email"
        inputMode="email"
        autoComplete="off"
        optional
        value={email}
        onValueChange={setEmail}
        errorKey={errors.email}
        data-testid="person-email"
      />
      <div className="grid-2">
        <TextField
          label={m.people.form.position}
          optional
          value={position}
          onValueChange={setPosition}
          errorKey={errors.position}
          data-testid="person-position"
        />
        <TextField
          label={m.people.form.number}
          optional
          value={number}
          onValueChange={setNumber}
          errorKey={errors.number}
          data-testid="person-number"
        />
      </div>
      <SelectField
        label={m.people.form.unit}
        optional
        value={unitId}
        onValueChange={setUnitId}
        options={unitOptions}
        errorKey={errors.unitId}
        data-testid="person-unit"
      />
      <div className="grid-2">
        <SelectField
          label={m.people.form.kind}
          value={kind}
          onValueChange={(value) => setKind(PERSON_KINDS.find((option) => option === value) ?? 'employee')}
          options={PERSON_KINDS.map((option) => ({ value: option, label: m.personKinds[option] }))}
          errorKey={errors.kind}
          data-testid="person-kind"
        />
        <SelectField
          label={m.people.form.language}
          value={personLanguage}
          onValueChange={(value) => setPersonLanguage(languageOr(value, language))}
          options={LANGUAGES.map((code) => ({ value: code, label: LANGUAGE_AUTONYMS[code] }))}
          errorKey={errors.language}
          data-testid="person-language"
        />
      </div>
      <div className="form-actions">
        <button type="button" className="button button--quiet" onClick={onDone}>
          {m.common.cancel}
        </button>
        <button
          type="submit"
          className="button button--primary"
          disabled={mutation.isPending}
          data-testid="person-submit"
        >
          {mutation.isPending ? m.common.working : person ? m.common.save : m.people.form.submitAdd}
        </button>
      </div>
    </form>
  );
}
