import { useId } from 'react';
import { useI18n } from '../../../i18n/I18nProvider';
import { Sparkline } from './charts/Sparkline';
import { type Indicator, indicatorUnit } from './types';

type Props = { indicators: readonly Indicator[]; onEditTargets: (() => void) | null };

/** The five programme indicators, each against its target, with where it started and where it is now. */
export function IndicatorsPanel({ indicators, onEditTargets }: Props) {
  const { m } = useI18n();
  const titleId = useId();
  const t = m.monitoring.indicators;
  return (
    <section className="stack" aria-labelledby={titleId} data-testid="indicators">
      <div className="section-head">
        <h2 id={titleId}>{t.title}</h2>
        {onEditTargets ? (
          <button
            type="button"
            className="button button--small"
            onClick={onEditTargets}
            data-testid="edit-targets"
          >
            {t.editTargets}
          </button>
        ) : null}
      </div>
      <ul className="indicator-grid">
        {indicators.map((indicator) => (
          <IndicatorCard key={indicator.key} indicator={indicator} />
        ))}
      </ul>
    </section>
  );
}

function IndicatorCard({ indicator }: { indicator: Indicator }) {
  const { m, format } = useI18n();
  const t = m.monitoring.indicators;
  const share = indicatorUnit(indicator.key) === 'share';
  const show = (value: number) => (share ? format.percent(value) : format.number(Math.round(value)));
  const { value, target, baseline, trend } = indicator;
  // A target of zero (no baseline entered yet) is not an achievement worth a green badge.
  const reached = value !== null && target > 0 && value >= target;
  const ratio = value === null || target <= 0 ? 0 : Math.min(1, value / target);
  const first = trend[0];
  const last = trend.at(-1);
  return (
    <li className="indicator card" data-testid={`indicator-${indicator.key}`}>
      <h3 className="indicator__name">{t.names[indicator.key]}</h3>
      <p className="indicator__value">
        {value === null ? (
          <span className="muted">{t.noData}</span>
        ) : share ? (
          show(value)
        ) : (
          t.ofTarget(show(value), show(target))
        )}
      </p>
      <div className="indicator__meter" aria-hidden="true">
        <span
          style={{ width: `${ratio * 100}%` }}
          className={reached ? 'indicator__fill indicator__fill--reached' : 'indicator__fill'}
        />
      </div>
      <p className="indicator__meta">
        <span>{t.target(show(target))}</span>
        {baseline === null ? null : <span>{t.baseline(show(baseline))}</span>}
        {value === null || target <= 0 ? null : (
          <span className={reached ? 'badge badge--success' : 'badge badge--warning'}>
            {reached ? t.reached : t.behind}
          </span>
        )}
      </p>
      {first && last && trend.length > 1 ? (
        <div className="indicator__trend">
          <Sparkline points={trend} target={target} max={share ? 1 : target} />
          <span className="visually-hidden">
            {t.trendLabel(
              t.names[indicator.key],
              `${format.date(first.date)}: ${show(first.value)}`,
              `${format.date(last.date)}: ${show(last.value)}`,
            )}
          </span>
        </div>
      ) : null}
    </li>
  );
}
