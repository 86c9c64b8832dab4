import { Link } from '../../../app/router';
import { useI18n } from '../../../i18n/I18nProvider';
import { partnerPath } from './paths';
import { type PartnerRow, type PartnerSort, type SortDirection, STAGES, stageIndex } from './types';

type SortState = { sort: PartnerSort; direction: SortDirection };
type Props = { partners: readonly PartnerRow[]; sort: SortState; onSort: (sort: PartnerSort) => void };

function SortableHeader({
  field,
  label,
  sort,
  onSort,
  numeric = false,
}: {
  field: PartnerSort;
  label: string;
  sort: SortState;
  onSort: (field: PartnerSort) => void;
  numeric?: boolean;
}) {
  const active = sort.sort === field;
  return (
    <th
      scope="col"
      className={numeric ? 'numeric' : undefined}
      aria-sort={active ? (sort.direction === 'asc' ? 'ascending' : 'descending') : 'none'}
    >
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
          {active && sort.direction === 'desc' ? '↓' : '↑'}
        </span>
      </button>
    </th>
  );
}

/** Every partner on one row: where it stands, for how long, and what is late. Stuck rows are marked in words and colour. */
export function PartnersTable({ partners, sort, onSort }: Props) {
  const { m, language, format } = useI18n();
  const p = m.monitoring.partners;
  const c = p.columns;
  const rate = (value: number | null) => (value === null ? m.common.none : format.percent(value));
  return (
    <div className="table-wrap">
      <table className="table table--cards partners-table" data-testid="partners-table">
        <thead>
          <tr>
            <SortableHeader field="name" label={c.name} sort={sort} onSort={onSort} />
            <SortableHeader field="stage" label={c.stage} sort={sort} onSort={onSort} />
            <SortableHeader field="daysInStage" label={c.daysInStage} sort={sort} onSort={onSort} numeric />
            <SortableHeader
              field="acknowledgementRate"
              label={c.acknowledgement}
              sort={sort}
              onSort={onSort}
              numeric
            />
            <SortableHeader field="trainingRate" label={c.training} sort={sort} onSort={onSort} numeric />
            <SortableHeader field="overdue" label={c.overdue} sort={sort} onSort={onSort} />
            <SortableHeader field="lastActivity" label={c.lastActivity} sort={sort} onSort={onSort} />
          </tr>
        </thead>
        <tbody>
          {partners.map((partner) => {
            const name = partner.names[language];
            const overdue = [
              partner.overdue.acknowledgements > 0
                ? p.overdue.acknowledgements(format.number(partner.overdue.acknowledgements))
                : null,
              partner.overdue.trainings > 0
                ? p.overdue.trainings(format.number(partner.overdue.trainings))
                : null,
              partner.overdue.reports > 0 ? p.overdue.reports(format.number(partner.overdue.reports)) : null,
            ].filter((item): item is string => item !== null);
            return (
              <tr
                key={partner.organizationId}
                className={partner.stuck ? 'partners-table__row--stuck' : undefined}
                data-testid="partner-row"
                data-kind={partner.kind}
                data-stuck={partner.stuck ? 'true' : 'false'}
              >
                <th scope="row" className="table__primary">
                  <Link to={partnerPath(partner.organizationId)} data-testid="partner-link">
                    {name}
                  </Link>
                  <span className="table__secondary">{m.organizationKinds[partner.kind]}</span>
                </th>
                <td data-label={c.stage}>
                  <StageMeter stage={partner.stage} />
                </td>
                <td className="numeric" data-label={c.daysInStage}>
                  <span className="cell-stack cell-stack--end">
                    <span>{m.monitoring.days(partner.daysInStage)}</span>
                    {partner.stuck ? (
                      <span className="badge badge--warning" data-testid="stuck-badge">
                        {p.stuck}
                      </span>
                    ) : null}
                  </span>
                </td>
                <td className="numeric" data-label={c.acknowledgement}>
                  {rate(partner.acknowledgementRate)}
                </td>
                <td className="numeric" data-label={c.training}>
                  {rate(partner.trainingRate)}
                </td>
                <td data-label={c.overdue}>
                  {overdue.length === 0 ? (
                    <span className="muted">{p.none}</span>
                  ) : (
                    <ul className="plain-list partners-table__overdue">
                      {overdue.map((item) => (
                        <li key={item}>{item}</li>
                      ))}
                    </ul>
                  )}
                </td>
                <td data-label={c.lastActivity}>
                  {partner.lastActivityAt ? (
                    format.date(partner.lastActivityAt)
                  ) : (
                    <span className="muted">{p.noActivity}</span>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

/** The stage in words, with eight small steps showing how far along the path it is. */
export function StageMeter({ stage }: { stage: PartnerRow['stage'] }) {
  const { m } = useI18n();
  const reached = stageIndex(stage);
  return (
    <span className="stage-meter" title={m.monitoring.stageHints[stage]}>
      <span className="stage-meter__name">{m.monitoring.stages[stage]}</span>
      <span className="stage-meter__steps" aria-hidden="true">
        {STAGES.map((step, index) => (
          <span
            key={step}
            className={index <= reached ? 'stage-meter__step stage-meter__step--done' : 'stage-meter__step'}
          />
        ))}
      </span>
    </span>
  );
}
