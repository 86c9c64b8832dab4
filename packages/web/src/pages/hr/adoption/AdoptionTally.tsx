import { type AdoptingBody, BODY_RULES, type MeetingMember, tallyAdoption } from '@qorgau/core';
import { useId } from 'react';
import { useI18n } from '../../../i18n/I18nProvider';

/** Votes "for" needed for a simple majority of those present (abstentions and missing votes count against). */
export function majorityNeeded(present: number): number {
  return Math.floor(present / 2) + 1;
}

function Verdict({ ok, yes, no, testId }: { ok: boolean; yes: string; no: string; testId: string }) {
  return (
    <p
      className={ok ? 'adoption-verdict adoption-verdict--ok' : 'adoption-verdict adoption-verdict--bad'}
      data-testid={testId}
      data-ok={ok}
    >
      <span aria-hidden="true">{ok ? '✓' : '✗'}</span> {ok ? yes : no}
    </p>
  );
}

/**
 * The live count next to the members list: the same rules the server applies (tallyAdoption from
 * core), so the HR officer sees a missing quorum or majority before submitting.
 */
export function AdoptionTally({ body, members }: { body: AdoptingBody; members: readonly MeetingMember[] }) {
  const { m, format } = useI18n();
  const titleId = useId();
  const t = m.adoption.tally;
  const tally = tallyAdoption(body, members);
  const noVote = tally.present - tally.for - tally.against - tally.abstain;
  const rule =
    BODY_RULES[body].quorum.denominator === 3
      ? m.adoption.quorumRules.twoThirds
      : m.adoption.quorumRules.halfStrict;
  const quorumText = tally.quorumMet ? t.quorumMet : t.quorumNotMet;
  const majorityText = tally.majorityMet ? t.majorityMet : t.majorityNotMet;

  return (
    <section className="card adoption-tally" aria-labelledby={titleId} data-testid="adoption-tally">
      <h2 id={titleId} className="card__title">
        {t.title}
      </h2>
      <div className="adoption-tally__part">
        <dl className="adoption-tally__counts">
          <div>
            <dt>{t.members}</dt>
            <dd data-testid="tally-members">{format.number(tally.members)}</dd>
          </div>
          <div>
            <dt>{t.present}</dt>
            <dd data-testid="tally-present">
              {format.number(tally.present)}{' '}
              <span className="muted">{t.quorumNeeded(format.number(tally.quorumRequired))}</span>
            </dd>
          </div>
        </dl>
        <Verdict ok={tally.quorumMet} yes={t.quorumMet} no={t.quorumNotMet} testId="tally-quorum" />
        <p className="muted adoption-tally__rule">{rule}</p>
      </div>
      <div className="adoption-tally__part">
        <dl className="adoption-tally__counts">
          <div>
            <dt>{t.votesFor}</dt>
            <dd data-testid="tally-for">{format.number(tally.for)}</dd>
          </div>
          <div>
            <dt>{t.votesAgainst}</dt>
            <dd>{format.number(tally.against)}</dd>
          </div>
          <div>
            <dt>{t.votesAbstain}</dt>
            <dd>{format.number(tally.abstain)}</dd>
          </div>
          <div>
            <dt>{t.noVote}</dt>
            <dd>{format.number(noVote)}</dd>
          </div>
        </dl>
        <p className="muted">{t.majorityNeeded(format.number(majorityNeeded(tally.present)))}</p>
        <Verdict ok={tally.majorityMet} yes={t.majorityMet} no={t.majorityNotMet} testId="tally-majority" />
        <p className="muted adoption-tally__rule">{t.majorityRule}</p>
      </div>
      {/* Announced when attendance or votes change the outcome, not on every keystroke. */}
      <p className="visually-hidden" role="status">
        {t.summary(quorumText, majorityText)}
      </p>
    </section>
  );
}
