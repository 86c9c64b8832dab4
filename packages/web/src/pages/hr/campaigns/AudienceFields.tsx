import { PERSON_KINDS } from '@qorgau/core';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useDeferredValue, useId, useState } from 'react';
import { useTRPC } from '../../../app/trpc';
import { TextField } from '../../../components/Field';
import { Loading } from '../../../components/States';
import { useI18n } from '../../../i18n/I18nProvider';
import { type FieldErrors, translateFieldMessage } from '../../../lib/errors';
import { flattenUnits } from '../unitTree';
import { type AudienceDraft, type PersonKind, toAudience } from './audience';
import type { UnitRowData } from './types';

/** The unit and every unit inside it, for "choosing a faculty chooses its departments". */
function withDescendants(units: readonly UnitRowData[], rootId: string): string[] {
  const result = [rootId];
  for (let index = 0; index < result.length; index += 1) {
    for (const unit of units)
      if (unit.parentId === result[index] && !result.includes(unit.id)) result.push(unit.id);
  }
  return result;
}

function toggled<T>(set: ReadonlySet<T>, values: readonly T[], on: boolean): ReadonlySet<T> {
  const next = new Set(set);
  for (const value of values) {
    if (on) next.add(value);
    else next.delete(value);
  }
  return next;
}

type Props = {
  draft: AudienceDraft;
  onChange: (draft: AudienceDraft) => void;
  errors: FieldErrors;
};

/** Narrowing a campaign: units, roles (type and position) and the joining date, with the live count. */
export function AudienceFields({ draft, onChange, errors }: Props) {
  const { m } = useI18n();
  const a = m.ackExtras.audience;
  const id = useId();
  const someError = errors.audience ? translateFieldMessage(m, errors.audience) : null;
  return (
    <div className="stack audience-fields" data-testid="publish-audience-fields">
      <p className="field__hint" id={`${id}-hint`}>
        {a.someHint}
      </p>
      {someError ? (
        <p className="field__error" role="alert" data-testid="audience-error">
          {someError}
        </p>
      ) : null}
      <UnitChoices draft={draft} onChange={onChange} errorKey={errors['audience.unitIds']} />
      <RoleChoices draft={draft} onChange={onChange} errors={errors} />
      <TextField
        label={a.joined}
        hint={a.joinedHint}
        type="date"
        optional
        value={draft.joinedSince}
        onValueChange={(joinedSince) => onChange({ ...draft, joinedSince })}
        errorKey={errors['audience.joinedSince']}
        data-testid="publish-joined-since"
      />
      <AudienceCount draft={draft} />
    </div>
  );
}

function UnitChoices({
  draft,
  onChange,
  errorKey,
}: Pick<Props, 'draft' | 'onChange'> & { errorKey: string | undefined }) {
  const { m, format, language } = useI18n();
  const trpc = useTRPC();
  const id = useId();
  const units = useQuery(trpc.units.list.queryOptions());
  const p = m.campaigns.publish;
  const error = errorKey ? translateFieldMessage(m, errorKey) : null;
  const toggle = (unitId: string, checked: boolean) =>
    onChange({
      ...draft,
      unitIds: toggled(draft.unitIds, withDescendants(units.data ?? [], unitId), checked),
    });
  return (
    <fieldset
      className={error ? 'campaign-units field--invalid' : 'campaign-units'}
      aria-describedby={`${id}-hint${error ? ` ${id}-error` : ''}`}
      data-testid="publish-units"
    >
      <legend className="field__label">
        {m.ackExtras.audience.units}
        <span className="field__optional"> ({m.common.optional})</span>
      </legend>
      <p className="field__hint" id={`${id}-hint`}>
        {p.unitsHint}
      </p>
      {error ? (
        <p className="field__error" id={`${id}-error`}>
          {error}
        </p>
      ) : null}
      {units.isPending ? (
        <Loading />
      ) : (units.data ?? []).length === 0 ? (
        <p className="muted">{p.noUnits}</p>
      ) : (
        <ul className="campaign-units__list">
          {flattenUnits(units.data ?? [], language).map((unit) => (
            <li key={unit.id} style={{ paddingInlineStart: `${unit.depth * 1.5}rem` }}>
              <label className="adoption-choice">
                <input
                  type="checkbox"
                  checked={draft.unitIds.has(unit.id)}
                  onChange={(event) => toggle(unit.id, event.target.checked)}
                />
                <span>
                  {unit.name} <span className="muted">({format.number(unit.peopleCount)})</span>
                </span>
              </label>
            </li>
          ))}
        </ul>
      )}
    </fieldset>
  );
}

function RoleChoices({ draft, onChange, errors }: Props) {
  const { m, format } = useI18n();
  const trpc = useTRPC();
  const id = useId();
  const a = m.ackExtras.audience;
  const choices = useQuery(trpc.campaigns.audienceChoices.queryOptions());
  const [filter, setFilter] = useState('');
  const needle = useDeferredValue(filter.trim().toLocaleLowerCase());
  const countOf = (kind: PersonKind) => choices.data?.kinds.find((row) => row.kind === kind)?.count ?? 0;
  const positions = (choices.data?.positions ?? []).filter(
    (row) => draft.positions.has(row.position) || row.position.toLocaleLowerCase().includes(needle),
  );
  const error = errors['audience.kinds'] ?? errors['audience.positions'];
  return (
    <fieldset
      className={error ? 'campaign-units field--invalid' : 'campaign-units'}
      aria-describedby={`${id}-hint`}
      data-testid="publish-roles"
    >
      <legend className="field__label">
        {a.roles}
        <span className="field__optional"> ({m.common.optional})</span>
      </legend>
      <p className="field__hint" id={`${id}-hint`}>
        {a.rolesHint}
      </p>
      {error ? <p className="field__error">{translateFieldMessage(m, error)}</p> : null}
      <fieldset className="adoption-choices">
        <legend className="audience-fields__sublegend">{a.kinds}</legend>
        {PERSON_KINDS.map((kind) => (
          <label key={kind} className="adoption-choice">
            <input
              type="checkbox"
              checked={draft.kinds.has(kind)}
              onChange={(event) =>
                onChange({ ...draft, kinds: toggled(draft.kinds, [kind], event.target.checked) })
              }
              data-testid={`publish-kind-${kind}`}
            />
            <span>
              {m.personKinds[kind]} <span className="muted">({format.number(countOf(kind))})</span>
            </span>
          </label>
        ))}
      </fieldset>
      <fieldset className="audience-fields__positions">
        <legend className="audience-fields__sublegend">{a.positions}</legend>
        {choices.isPending ? (
          <Loading />
        ) : (choices.data?.positions ?? []).length === 0 ? (
          <p className="muted">{a.positionsNone}</p>
        ) : (
          <>
            <TextField
              label={a.positionsFilter}
              type="search"
              value={filter}
              onValueChange={setFilter}
              autoComplete="off"
              data-testid="publish-positions-filter"
            />
            {positions.length === 0 ? (
              <p className="muted">{a.positionsNoMatch}</p>
            ) : (
              <ul className="campaign-units__list" data-testid="publish-positions">
                {positions.map((row) => (
                  <li key={row.position}>
                    <label className="adoption-choice">
                      <input
                        type="checkbox"
                        checked={draft.positions.has(row.position)}
                        onChange={(event) =>
                          onChange({
                            ...draft,
                            positions: toggled(draft.positions, [row.position], event.target.checked),
                          })
                        }
                      />
                      <span>
                        {row.position} <span className="muted">({format.number(row.count)})</span>
                      </span>
                    </label>
                  </li>
                ))}
              </ul>
            )}
          </>
        )}
      </fieldset>
    </fieldset>
  );
}

/** Counted by the server with the same rule publishing uses; the last answer stays while a new one comes. */
function AudienceCount({ draft }: { draft: AudienceDraft }) {
  const { m } = useI18n();
  const trpc = useTRPC();
  const audience = toAudience(draft);
  const size = useQuery(
    trpc.campaigns.audienceSize.queryOptions({ audience }, { placeholderData: keepPreviousData }),
  );
  return (
    <p className="audience-fields__count" aria-live="polite" data-testid="publish-audience-count">
      {size.data ? m.ackExtras.audience.count(size.data.count) : m.ackExtras.audience.counting}
    </p>
  );
}
