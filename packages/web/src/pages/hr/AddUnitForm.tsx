import { createUnitInput } from '@qorgau/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTRPC } from '../../app/trpc';
import type { Unit } from '../../app/types';
import { SelectField, TextField } from '../../components/Field';
import { FormError } from '../../components/FormError';
import { useNotify } from '../../components/Toasts';
import { useI18n } from '../../i18n/I18nProvider';
import { useFormErrors } from '../../lib/useFormErrors';
import { blankToUndefined, validate } from '../../lib/validate';
import { flattenUnits, indentedName } from './unitTree';

export function AddUnitForm({ units }: { units: Unit[] }) {
  const { m, language } = useI18n();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const notify = useNotify();
  const [name, setName] = useState('');
  const [parentId, setParentId] = useState('');
  const create = useMutation(
    trpc.units.create.mutationOptions({
      onSuccess: (unit) => {
        void queryClient.invalidateQueries({ queryKey: trpc.units.list.queryKey() });
        notify(m.units.added(unit.name));
        setName('');
      },
    }),
  );
  const { errors, setClientErrors } = useFormErrors(create.error);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const result = validate(createUnitInput, { name, parentId: blankToUndefined(parentId) });
    setClientErrors(result.ok ? {} : result.errors);
    if (!result.ok) {
      create.reset();
      return;
    }
    create.mutate(result.data);
  };

  return (
    <form className="card stack" onSubmit={submit} noValidate data-testid="add-unit-form">
      <h2 className="card__title">{m.units.addTitle}</h2>
      <FormError error={create.error} fields={['name', 'parentId']} />
      <div className="grid-2">
        <TextField
          label={m.units.name}
          value={name}
          onValueChange={setName}
          errorKey={errors.name}
          data-testid="unit-name"
        />
        <SelectField
          label={m.units.parent}
          optional
          value={parentId}
          onValueChange={setParentId}
          options={[
            { value: '', label: m.units.noParent },
            ...flattenUnits(units, language).map((unit) => ({ value: unit.id, label: indentedName(unit) })),
          ]}
          errorKey={errors.parentId}
          data-testid="unit-parent"
        />
      </div>
      <div className="form-actions">
        <button
          type="submit"
          className="button button--primary"
          disabled={create.isPending}
          data-testid="add-unit"
        >
          {create.isPending ? m.common.working : m.units.add}
        </button>
      </div>
    </form>
  );
}
