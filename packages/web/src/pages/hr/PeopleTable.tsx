import type { Person } from '../../app/types';
import { useI18n } from '../../i18n/I18nProvider';
import type { PeopleQuery, SortField } from './peopleQuery';

type Props = {
  people: Person[];
  query: PeopleQuery;
  onSort: (field: SortField) => void;
  canWrite: boolean;
  canInvite: boolean;
  onEdit: (person: Person) => void;
  onDeactivate: (person: Person) => void;
  onReactivate: (person: Person) => void;
  onInvite: (person: Person) => void;
  busyId: string | null;
};

function SortableHeader({
  field,
  label,
  query,
  onSort,
}: {
  field: SortField;
  label: string;
  query: PeopleQuery;
  onSort: (field: SortField) => void;
}) {
  const active = query.sortBy === field;
  const direction = query.sortDirection === 'asc' ? 'ascending' : 'descending';
  return (
    <th scope="col" aria-sort={active ? direction : 'none'}>
      <button
        type="button"
        className="sort-button"
        onClick={() => onSort(field)}
        data-testid={`sort-${field}`}
      >
        {label}
        <span
          className={active ? 'sort-button__icon sort-button__icon--active' : 'sort-button__icon'}
          aria-hidden="true"
        >
          {active && query.sortDirection === 'desc' ? '↓' : '↑'}
        </span>
      </button>
    </th>
  );
}

export function PeopleTable(props: Props) {
  const { people, query, onSort, canWrite } = props;
  const { m } = useI18n();
  const c = m.people.columns;
  return (
    <div className="table-wrap">
      <table className="table table--cards" data-testid="people-table">
        <thead>
          <tr>
            <SortableHeader field="fullName" label={c.fullName} query={query} onSort={onSort} />
            <SortableHeader field="position" label={c.position} query={query} onSort={onSort} />
            <SortableHeader field="unit" label={c.unit} query={query} onSort={onSort} />
            <SortableHeader field="number" label={c.number} query={query} onSort={onSort} />
            <th scope="col">{c.status}</th>
            <th scope="col">{c.signIn}</th>
            {canWrite ? (
              <th scope="col">
                <span className="visually-hidden">{m.common.actions}</span>
              </th>
            ) : null}
          </tr>
        </thead>
        <tbody>
          {people.map((person) => (
            <PersonRow key={person.id} person={person} {...props} />
          ))}
        </tbody>
      </table>
    </div>
  );
}

function PersonRow({
  person,
  canWrite,
  canInvite,
  onEdit,
  onDeactivate,
  onReactivate,
  onInvite,
  busyId,
}: Props & { person: Person }) {
  const { m, format } = useI18n();
  const c = m.people.columns;
  const inactive = person.status === 'inactive';
  return (
    <tr data-testid="person-row" className={inactive ? 'table__row--muted' : undefined}>
      <th scope="row" className="table__primary">
        <span>{person.fullName}</span>
        <span className="table__secondary">{person.email ?? m.people.noEmail}</span>
      </th>
      <td data-label={c.position}>{person.position ?? m.common.none}</td>
      <td data-label={c.unit}>{person.unitName ?? m.common.none}</td>
      <td className="mono" data-label={c.number}>
        {person.number ?? m.common.none}
      </td>
      <td data-label={c.status}>
        <span className={inactive ? 'badge' : 'badge badge--success'}>{m.personStatuses[person.status]}</span>
      </td>
      <td data-label={c.signIn}>
        <div className="cell-stack">
          {person.hasAccount ? (
            <span className="badge badge--info">{m.people.account.active}</span>
          ) : person.invitedAt ? (
            <span className="badge badge--pending" data-testid="person-invited">
              {m.people.account.invited(format.date(person.invitedAt))}
            </span>
          ) : (
            <span className="muted">{m.people.account.none}</span>
          )}
          {canInvite && !person.hasAccount && !inactive && person.email ? (
            <button
              type="button"
              className="link-button"
              onClick={() => onInvite(person)}
              data-testid="invite-person"
            >
              {person.invitedAt ? m.people.inviteAgain : m.people.invite}
              <span className="visually-hidden">: {person.fullName}</span>
            </button>
          ) : null}
        </div>
      </td>
      {canWrite ? (
        <td className="table__actions table__actions--stacked">
          <button
            type="button"
            className="button button--small"
            onClick={() => onEdit(person)}
            data-testid="edit-person"
          >
            {m.common.edit}
            <span className="visually-hidden">: {person.fullName}</span>
          </button>
          {inactive ? (
            <button
              type="button"
              className="button button--small"
              onClick={() => onReactivate(person)}
              disabled={busyId === person.id}
              data-testid="reactivate-person"
            >
              {m.people.reactivate}
              <span className="visually-hidden">: {person.fullName}</span>
            </button>
          ) : (
            <button
              type="button"
              className="button button--small button--quiet-danger"
              onClick={() => onDeactivate(person)}
              data-testid="deactivate-person"
            >
              {m.people.deactivate}
              <span className="visually-hidden">: {person.fullName}</span>
            </button>
          )}
        </td>
      ) : null}
    </tr>
  );
}
