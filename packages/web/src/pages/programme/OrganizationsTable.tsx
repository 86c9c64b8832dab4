import type { OrganizationRow } from '../../app/types';
import { useI18n } from '../../i18n/I18nProvider';

type Props = { organizations: OrganizationRow[]; onInvite: (organization: OrganizationRow) => void };

export function OrganizationsTable({ organizations, onInvite }: Props) {
  const { m, language, format } = useI18n();
  const c = m.programme.columns;
  return (
    <div className="table-wrap">
      <table className="table table--cards" data-testid="organizations-table">
        <thead>
          <tr>
            <th scope="col">{c.name}</th>
            <th scope="col">{c.kind}</th>
            <th scope="col">{c.bin}</th>
            <th scope="col" className="numeric">
              {c.people}
            </th>
            <th scope="col" className="numeric">
              {c.units}
            </th>
            <th scope="col" className="numeric">
              {c.officers}
            </th>
            <th scope="col" className="numeric">
              {c.pendingInvitations}
            </th>
            <th scope="col">{c.created}</th>
            <th scope="col">
              <span className="visually-hidden">{m.common.actions}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {organizations.map((organization) => (
            <tr key={organization.id} data-testid="organization-row">
              <th scope="row" className="table__primary">
                <span>{organization.names[language]}</span>
                {organization.status !== 'active' ? (
                  <span className="badge badge--warning">{m.programme.statuses.suspended}</span>
                ) : null}
              </th>
              <td data-label={c.kind}>{m.organizationKinds[organization.kind]}</td>
              <td className="mono" data-label={c.bin}>
                {organization.bin}
              </td>
              <td className="numeric" data-label={c.people}>
                {format.number(organization.peopleActive)} / {format.number(organization.peopleTotal)}
              </td>
              <td className="numeric" data-label={c.units}>
                {format.number(organization.units)}
              </td>
              <td className="numeric" data-label={c.officers}>
                {format.number(organization.officers)}
              </td>
              <td className="numeric" data-label={c.pendingInvitations}>
                {format.number(organization.pendingInvitations)}
              </td>
              <td data-label={c.created}>{format.date(organization.createdAt)}</td>
              <td className="table__actions">
                <button
                  type="button"
                  className="button button--small"
                  onClick={() => onInvite(organization)}
                  data-testid="invite-officer"
                >
                  {m.programme.inviteOfficer}
                  <span className="visually-hidden">: {organization.names[language]}</span>
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
