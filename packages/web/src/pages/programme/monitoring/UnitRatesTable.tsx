import { useId } from 'react';
import { EmptyState } from '../../../components/States';
import { useI18n } from '../../../i18n/I18nProvider';

export type UnitRates = {
  unitId: string | null;
  name: string | null;
  pooled: boolean;
  people: number;
  acknowledgementRate: number | null;
  trainingRate: number | null;
};

/** Per-unit shares only, never who: the rates tell project staff where to help without naming anyone. */
export function UnitRatesTable({ units }: { units: readonly UnitRates[] }) {
  const { m, format } = useI18n();
  const titleId = useId();
  const u = m.monitoring.partner.units;
  const rate = (value: number | null) => (value === null ? m.common.none : format.percent(value));
  return (
    <section className="card stack" aria-labelledby={titleId} data-testid="partner-units">
      <h2 id={titleId} className="card__title">
        {u.title}
      </h2>
      {units.length === 0 ? (
        <EmptyState>{u.empty}</EmptyState>
      ) : (
        <div className="table-wrap">
          <table className="table table--cards">
            <thead>
              <tr>
                <th scope="col">{u.unit}</th>
                <th scope="col" className="numeric">
                  {u.people}
                </th>
                <th scope="col" className="numeric">
                  {u.acknowledged}
                </th>
                <th scope="col" className="numeric">
                  {u.trained}
                </th>
              </tr>
            </thead>
            <tbody>
              {units.map((unit) => (
                <tr key={unit.pooled ? 'pooled' : (unit.unitId ?? 'none')} data-testid="unit-rates-row">
                  <th scope="row" className="table__primary">
                    {unit.pooled ? u.smallUnits : (unit.name ?? u.noUnit)}
                  </th>
                  <td className="numeric" data-label={u.people}>
                    {format.number(unit.people)}
                  </td>
                  <td className="numeric" data-label={u.acknowledged}>
                    <RateBar value={unit.acknowledgementRate} text={rate(unit.acknowledgementRate)} />
                  </td>
                  <td className="numeric" data-label={u.trained}>
                    <RateBar value={unit.trainingRate} text={rate(unit.trainingRate)} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {units.some((unit) => unit.pooled) ? (
            <p className="muted" data-testid="small-units-note">
              {u.smallUnitsNote}
            </p>
          ) : null}
        </div>
      )}
    </section>
  );
}

function RateBar({ value, text }: { value: number | null; text: string }) {
  return (
    <span className="rate-bar">
      <span>{text}</span>
      {value === null ? null : (
        <span className="rate-bar__track" aria-hidden="true">
          <span className="rate-bar__fill" style={{ width: `${Math.min(100, value * 100)}%` }} />
        </span>
      )}
    </span>
  );
}
