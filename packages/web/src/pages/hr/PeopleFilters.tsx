import { PEOPLE_SORT_FIELDS, PERSON_STATUSES } from '@qorgau/core';
import { useId } from 'react';
import type { Unit } from '../../app/types';
import { useI18n } from '../../i18n/I18nProvider';
import type { PeopleQuery, SortField } from './peopleQuery';
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
  const sortLabels: Record<SortField, string> = {
    fullName: m.people.columns.fullName,
    position: m.people.columns.position,
    unit: m.people.columns.unit,
    number: m.people.columns.number,
    createdAt: m.people.sortCreated,
  };
  const sortValue = `${query.sortBy}:${query.sortDirection}`;
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
      {/* Column headers sort on wide screens; phones show rows as cards without headers, so they get a select. */}
      <div className="toolbar__item mobile-only">
        <label htmlFor={`${id}-sort`} className="toolbar__label">
          {m.people.sortBy}
        </label>
        <select
          id={`${id}-sort`}
          className="input input--compact"
          value={sortValue}
          onChange={(event) => {
            const [field, direction] = event.target.value.split(':');
            const sortBy = PEOPLE_SORT_FIELDS.find((value) => value === field) ?? 'fullName';
            onChange({ sortBy, sortDirection: direction === 'desc' ? 'desc' : 'asc' });
          }}
        >
          {PEOPLE_SORT_FIELDS.flatMap((field) =>
            (['asc', 'desc'] as const).map((direction) => (
              <option key={`${field}:${direction}`} value={`${field}:${direction}`}>
                {sortLabels[field]} {direction === 'asc' ? '↑' : '↓'}
              </option>
            )),
          )}
        </select>
      </div>
    </search>
  );
}
