import { renameUnitInput } from '@qorgau/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTRPC } from '../../app/trpc';
import { TextField } from '../../components/Field';
import { FormError } from '../../components/FormError';
import { useNotify } from '../../components/Toasts';
import { useI18n } from '../../i18n/I18nProvider';
import { useFormErrors } from '../../lib/useFormErrors';
import { validate } from '../../lib/validate';
import type { UnitNode } from './unitTree';

type Props = {
  unit: UnitNode;
  canWrite: boolean;
  editing: boolean;
  onEdit: () => void;
  onDone: () => void;
};

export function UnitRow({ unit, canWrite, editing, onEdit, onDone }: Props) {
  const { m, format } = useI18n();
  return (
    <tr data-testid="unit-row">
      <th scope="row" className="table__primary">
        <span className="tree-name" style={{ paddingInlineStart: `${unit.depth * 1.25}rem` }}>
          {unit.depth > 0 ? (
            <span className="tree-name__branch" aria-hidden="true">
              └
            </span>
          ) : null}
          {editing ? <RenameForm unit={unit} onDone={onDone} /> : unit.name}
        </span>
      </th>
      <td className="numeric">{format.number(unit.peopleCount)}</td>
      {canWrite ? (
        <td className="table__actions">
          {editing ? null : (
            <button type="button" className="button button--small" onClick={onEdit} data-testid="rename-unit">
              {m.units.rename}
              <span className="visually-hidden">: {unit.name}</span>
            </button>
          )}
        </td>
      ) : null}
    </tr>
  );
}

function RenameForm({ unit, onDone }: { unit: UnitNode; onDone: () => void }) {
  const { m } = useI18n();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const notify = useNotify();
  const [name, setName] = useState(unit.name);
  const rename = useMutation(
    trpc.units.rename.mutationOptions({
      onSuccess: (renamed) => {
        // People rows show unit names, so they are stale too.
        void queryClient.invalidateQueries({ queryKey: trpc.units.list.queryKey() });
        void queryClient.invalidateQueries({ queryKey: trpc.people.pathKey() });
        notify(m.units.renamed(renamed.name));
        onDone();
      },
    }),
  );
  const { errors, setClientErrors } = useFormErrors(rename.error);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const result = validate(renameUnitInput, { id: unit.id, name });
    setClientErrors(result.ok ? {} : result.errors);
    if (!result.ok) {
      rename.reset();
      return;
    }
    rename.mutate(result.data);
  };

  return (
    <form className="inline-form" onSubmit={submit} noValidate data-testid="rename-unit-form">
      <TextField
        label={m.units.newName}
        value={name}
        onValueChange={setName}
        errorKey={errors.name}
        // The field replaces the name the person just chose to rename, so focus belongs there.
        autoFocus
        data-testid="unit-new-name"
      />
      <FormError error={rename.error} fields={['name']} />
      <div className="inline-form__actions">
        <button type="submit" className="button button--small button--primary" disabled={rename.isPending}>
          {m.common.save}
        </button>
        <button type="button" className="button button--small button--quiet" onClick={onDone}>
          {m.common.cancel}
        </button>
      </div>
    </form>
  );
}
