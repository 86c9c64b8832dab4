import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { can, useMe } from '../../app/session';
import { useTRPC } from '../../app/trpc';
import type { Person } from '../../app/types';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { PageHeader } from '../../components/PageHeader';
import { Pagination } from '../../components/Pagination';
import { EmptyState, ErrorState, Loading } from '../../components/States';
import { useNotify } from '../../components/Toasts';
import { useI18n } from '../../i18n/I18nProvider';
import { InvitePersonDialog } from './InvitePersonDialog';
import { PeopleFilters } from './PeopleFilters';
import { PeopleTable } from './PeopleTable';
import { PersonDialog } from './PersonDialog';
import { PAGE_SIZE, type SortField, usePeopleQuery } from './peopleQuery';

const SEARCH_DEBOUNCE_MS = 300;

export function PeoplePage() {
  const { m } = useI18n();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const notify = useNotify();
  const me = useMe().data;
  const canWrite = can(me, 'people.write');
  const [query, setQuery] = usePeopleQuery();
  const [searchText, setSearchText] = useState(query.search);
  const [editor, setEditor] = useState<{ person: Person | null } | null>(null);
  const [inviting, setInviting] = useState<Person | null>(null);
  const [deactivating, setDeactivating] = useState<Person | null>(null);

  useEffect(() => {
    const search = searchText.trim();
    if (search === query.search) return;
    const timer = window.setTimeout(() => setQuery({ search }), SEARCH_DEBOUNCE_MS);
    return () => window.clearTimeout(timer);
  }, [searchText, query.search, setQuery]);

  const units = useQuery(trpc.units.list.queryOptions());
  const people = useQuery(
    trpc.people.list.queryOptions(
      {
        page: query.page,
        pageSize: PAGE_SIZE,
        search: query.search || undefined,
        unitId: query.unitId || undefined,
        status: query.status || undefined,
        sortBy: query.sortBy,
        sortDirection: query.sortDirection,
      },
      // Keeps the current rows on screen while the next page or filter loads, instead of flashing a spinner.
      { placeholderData: keepPreviousData },
    ),
  );

  // A deactivation or a filtered-out last row can leave the current page past the end; step back to the last one.
  const total = people.data?.total ?? 0;
  const emptyPage = people.data !== undefined && people.data.items.length === 0;
  useEffect(() => {
    if (emptyPage && total > 0 && query.page > 1) setQuery({ page: Math.ceil(total / PAGE_SIZE) });
  }, [emptyPage, total, query.page, setQuery]);

  const refresh = () => {
    void queryClient.invalidateQueries({ queryKey: trpc.people.pathKey() });
    void queryClient.invalidateQueries({ queryKey: trpc.units.list.queryKey() });
  };
  const deactivate = useMutation(
    trpc.people.deactivate.mutationOptions({
      onSuccess: (person) => {
        refresh();
        notify(m.people.deactivated(person.fullName));
        setDeactivating(null);
      },
    }),
  );
  const reactivate = useMutation(
    trpc.people.reactivate.mutationOptions({
      onSuccess: (person) => {
        refresh();
        notify(m.people.reactivated(person.fullName));
      },
      onError: () => notify(m.people.reactivateFailed),
    }),
  );

  const sort = (field: SortField) =>
    setQuery(
      query.sortBy === field
        ? { sortBy: field, sortDirection: query.sortDirection === 'asc' ? 'desc' : 'asc' }
        : { sortBy: field, sortDirection: 'asc' },
    );
  const filtered = query.search !== '' || query.unitId !== '' || query.status !== '';

  return (
    <>
      <PageHeader
        title={m.people.title}
        intro={people.data ? m.people.total(people.data.total) : m.people.intro}
        actions={
          canWrite ? (
            <button
              type="button"
              className="button button--primary"
              onClick={() => setEditor({ person: null })}
              data-testid="add-person"
            >
              {m.people.add}
            </button>
          ) : null
        }
      />
      <PeopleFilters
        searchText={searchText}
        onSearchText={setSearchText}
        query={query}
        onChange={setQuery}
        units={units.data ?? []}
      />
      {people.isPending ? (
        <Loading />
      ) : people.isError ? (
        <ErrorState error={people.error} onRetry={() => void people.refetch()} />
      ) : people.data.items.length === 0 ? (
        <EmptyState>{filtered ? m.people.emptyFiltered : m.people.empty}</EmptyState>
      ) : (
        <div className={people.isPlaceholderData ? 'is-refreshing' : undefined} aria-busy={people.isFetching}>
          <PeopleTable
            people={people.data.items}
            query={query}
            onSort={sort}
            canWrite={canWrite}
            canInvite={can(me, 'people.invite')}
            onEdit={(person) => setEditor({ person })}
            onDeactivate={setDeactivating}
            onReactivate={(person) => reactivate.mutate({ id: person.id })}
            onInvite={setInviting}
            busyId={reactivate.isPending ? (reactivate.variables?.id ?? null) : null}
          />
          <Pagination
            page={people.data.page}
            pageSize={people.data.pageSize}
            total={people.data.total}
            onPage={(page) => {
              setQuery({ page });
              window.scrollTo({ top: 0 });
            }}
          />
        </div>
      )}
      <PersonDialog
        open={editor !== null}
        person={editor?.person ?? null}
        units={units.data ?? []}
        onClose={() => setEditor(null)}
      />
      <InvitePersonDialog person={inviting} onClose={() => setInviting(null)} />
      <ConfirmDialog
        open={deactivating !== null}
        title={m.people.deactivateTitle}
        confirmLabel={m.people.deactivate}
        onConfirm={() => deactivating && deactivate.mutate({ id: deactivating.id })}
        onCancel={() => {
          setDeactivating(null);
          deactivate.reset();
        }}
        pending={deactivate.isPending}
        error={deactivate.error}
        danger
      >
        <p>
          <strong>{deactivating?.fullName}</strong>
        </p>
        <p>{m.people.deactivateText}</p>
      </ConfirmDialog>
    </>
  );
}
