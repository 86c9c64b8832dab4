import { PERSON_STATUSES } from '@qorgau/core';
import { useId } from 'react';
import type { Unit } from '../../app/types';
import { useI18n } from '../../i18n/I18nProvider';
import type { PeopleQuery } from './peopleQuery';
import { flattenUnits, indentedName } from './unitTree';

type Props = {
  searchText: string;
  onSearchText: (value: string) => void;
  query: PeopleQuery;
  onChange: (change: Partial<PeopleQuery>) => void;
  units: Unit[];
};

export function PeopleFilters({ searchText, onSearchText, query, onChange, units }: Props) {
  const { m, language } = useI18n();
  const id = useId();
  return (
    <search className="toolbar" data-testid="people-filters">
      <div className="toolbar__item toolbar__item--grow">
        <label htmlFor={`${id}-search`} className="toolbar__label">
          {m.common.search}
        </label>
        <input
          id={`${id}-search`}
          type="search"
          className="input input--compact"
          placeholder={m.people.searchPlaceholder}
          value={searchText}
          onChange={(event) => onSearchText(event.target.value)}
          data-testid="people-search"
        />
      </div>
      <div className="toolbar__item">
        <label htmlFor={`${id}-unit`} className="toolbar__label">
          {m.people.columns.unit}
        </label>
        <select
          id={`${id}-unit`}
          className="input input--compact"
          value={query.unitId}
          onChange={(event) => onChange({ unitId: event.target.value })}
          data-testid="people-unit-filter"
        >
          <option value="">{m.people.allUnits}</option>
          {flattenUnits(units, language).map((unit) => (
            <option key={unit.id} value={unit.id}>
              {indentedName(unit)}
            </option>
          ))}
        </select>
      </div>
      <div className="toolbar__item">
        <label htmlFor={`${id}-status`} className="toolbar__label">
          {m.people.columns.status}
        </label>
        <select
          id={`${id}-status`}
          className="input input--compact"
          value={query.status}
          onChange={(event) =>
            onChange({ status: PERSON_STATUSES.find((value) => value === event.target.value) ?? '' })
          }
          data-testid="people-status-filter"
        >
          <option value="">{m.common.all}</option>
          {PERSON_STATUSES.map((status) => (
            <option key={status} value={status}>
              {m.personStatuses[status]}
            </option>
          ))}
        </select>
      </div>
    </search>
  );
}
