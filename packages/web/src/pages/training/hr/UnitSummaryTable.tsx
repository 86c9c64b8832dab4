import { useI18n } from '../../../i18n/I18nProvider';
import type { UnitSummaryRow } from './types';

export function UnitSummaryTable({ rows }: { rows: readonly UnitSummaryRow[] }) {
  const { m, format } = useI18n();
  const t = m.training.hr.tracking;
  const c = t.columns;
  if (rows.length === 0) return null;
  return (
    <div className="table-wrap">
      <table className="table table--cards" data-testid="training-unit-summary">
        <caption className="training-caption">{t.unitsCaption}</caption>
        <thead>
          <tr>
            <th scope="col">{c.unit}</th>
            <th scope="col" className="numeric">
              {c.assigned}
            </th>
            <th scope="col" className="numeric">
              {c.completed}
            </th>
            <th scope="col" className="numeric">
              {c.overdue}
            </th>
            <th scope="col" className="numeric">
              {c.share}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.unitId ?? 'none'}>
              <th scope="row" className="table__primary">
                {row.unitName ?? t.noUnit}
              </th>
              <td data-label={c.assigned} className="numeric">
                {format.number(row.assigned)}
              </td>
              <td data-label={c.completed} className="numeric">
                {format.number(row.completed)}
              </td>
              <td data-label={c.overdue} className="numeric">
                {format.number(row.overdue)}
              </td>
              <td data-label={c.share} className="numeric">
                {row.completionRate === null ? m.common.none : format.percent(row.completionRate)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
