import { useId } from 'react';
import { useI18n } from '../../../i18n/I18nProvider';
import { type PartnerRow, STAGES, stageIndex } from './types';

/** The partner's headline figures, the same ones as its row on the dashboard. */
export function PartnerFacts({ partner }: { partner: PartnerRow }) {
  const { m, format } = useI18n();
  const f = m.monitoring.partner.facts;
  const rate = (value: number | null) => (value === null ? m.common.none : format.percent(value));
  return (
    <dl className="facts partner-facts card" data-testid="partner-facts">
      <div>
        <dt>{f.kind}</dt>
        <dd>{m.organizationKinds[partner.kind]}</dd>
      </div>
      <div>
        <dt>{f.stage}</dt>
        <dd data-testid="partner-stage" data-stage={partner.stage}>
          {m.monitoring.stages[partner.stage]}
        </dd>
      </div>
      <div>
        <dt>{f.daysInStage}</dt>
        <dd>
          {m.monitoring.days(partner.daysInStage)}{' '}
          {partner.stuck ? <span className="badge badge--warning">{m.monitoring.partners.stuck}</span> : null}
        </dd>
      </div>
      <div>
        <dt>{f.people}</dt>
        <dd className="tabular">{format.number(partner.people)}</dd>
      </div>
      <div>
        <dt>{f.acknowledgement}</dt>
        <dd className="tabular">{rate(partner.acknowledgementRate)}</dd>
      </div>
      <div>
        <dt>{f.training}</dt>
        <dd className="tabular">{rate(partner.trainingRate)}</dd>
      </div>
      <div>
        <dt>{f.lastActivity}</dt>
        <dd>
          {partner.lastActivityAt ? format.date(partner.lastActivityAt) : m.monitoring.partners.noActivity}
        </dd>
      </div>
    </dl>
  );
}

/** The eight stages in order, the reached ones ticked and the current one marked as the current step. */
export function StageSteps({ stage }: { stage: PartnerRow['stage'] }) {
  const { m } = useI18n();
  const titleId = useId();
  const reached = stageIndex(stage);
  return (
    <section aria-labelledby={titleId} className="stack">
      <h2 id={titleId}>{m.monitoring.partner.progress}</h2>
      <ol className="stage-steps" data-testid="stage-steps">
        {STAGES.map((step, index) => (
          <li
            key={step}
            className={
              index < reached
                ? 'stage-steps__step stage-steps__step--done'
                : index === reached
                  ? 'stage-steps__step stage-steps__step--current'
                  : 'stage-steps__step'
            }
            aria-current={index === reached ? 'step' : undefined}
          >
            <span className="stage-steps__mark" aria-hidden="true">
              {index <= reached ? '✓' : index + 1}
            </span>
            <span>{m.monitoring.stages[step]}</span>
            {index === reached ? (
              <span className="visually-hidden"> ({m.monitoring.partner.current})</span>
            ) : null}
          </li>
        ))}
      </ol>
    </section>
  );
}
