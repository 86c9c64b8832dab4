import { PEOPLE_SORT_FIELDS, PERSON_STATUSES } from '@qorgau/core';
import { useCallback } from 'react';
import { navigate, useLocation } from '../../app/router';

export type SortField = (typeof PEOPLE_SORT_FIELDS)[number];
export type StatusFilter = (typeof PERSON_STATUSES)[number] | '';

export type PeopleQuery = {
  search: string;
  unitId: string;
  status: StatusFilter;
  sortBy: SortField;
  sortDirection: 'asc' | 'desc';
  page: number;
};

export const PAGE_SIZE = 50;
const DEFAULTS: PeopleQuery = {
  search: '',
  unitId: '',
  status: '',
  sortBy: 'fullName',
  sortDirection: 'asc',
  page: 1,
};

function parse(search: string): PeopleQuery {
  const params = new URLSearchParams(search);
  const page = Number.parseInt(params.get('page') ?? '', 10);
  return {
    search: params.get('q') ?? '',
    unitId: params.get('unit') ?? '',
    status: PERSON_STATUSES.find((value) => value === params.get('status')) ?? '',
    sortBy: PEOPLE_SORT_FIELDS.find((value) => value === params.get('sort')) ?? DEFAULTS.sortBy,
    sortDirection: params.get('dir') === 'desc' ? 'desc' : 'asc',
    page: Number.isFinite(page) && page > 0 ? page : 1,
  };
}

function serialize(query: PeopleQuery): string {
  const params = new URLSearchParams();
  if (query.search) params.set('q', query.search);
  if (query.unitId) params.set('unit', query.unitId);
  if (query.status) params.set('status', query.status);
  if (query.sortBy !== DEFAULTS.sortBy) params.set('sort', query.sortBy);
  if (query.sortDirection !== DEFAULTS.sortDirection) params.set('dir', query.sortDirection);
  if (query.page !== 1) params.set('page', String(query.page));
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** Filters live in the URL so a reload, the back button or a shared link shows the same list. */
export function usePeopleQuery(): [PeopleQuery, (change: Partial<PeopleQuery>) => void] {
  const location = useLocation();
  const query = parse(location.search);
  const update = useCallback((change: Partial<PeopleQuery>) => {
    const current = parse(window.location.search);
    // Any change other than paging starts again from the first page.
    const next = { ...current, page: 1, ...change };
    navigate(`${window.location.pathname}${serialize(next)}`, { replace: true });
  }, []);
  return [query, update];
}
