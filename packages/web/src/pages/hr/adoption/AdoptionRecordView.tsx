import { useId } from 'react';
import { Link } from '../../../app/router';
import { can, useMe } from '../../../app/session';
import { CopyButton } from '../../../components/CopyButton';
import { useI18n } from '../../../i18n/I18nProvider';
import { localDate } from '../../../lib/dates';
import { ExtractCard } from './ExtractCard';
import { MinutesCard } from './MinutesCard';
import { CAMPAIGNS_PATH, publishPath } from './paths';
import type { AdoptionRecord, RecordedMember, VersionDetail } from './types';

/** What the minutes say, as recorded; then the signed extract and the next step (publishing). */
export function AdoptionRecordView({
  adoption,
  version,
  pendingMinutes,
  onPendingMinutesDone,
}: {
  adoption: AdoptionRecord;
  version: VersionDetail;
  /** Chosen in the form that just recorded this adoption, still to be sent. */
  pendingMinutes: File | null;
  onPendingMinutesDone: () => void;
}) {
  const { m, format } = useI18n();
  const me = useMe().data;
  const titleId = useId();
  const r = m.adoption.record;
  const f = m.adoption.form;
  const members = adoption.members as RecordedMember[];
  const present = members.filter((member) => member.attended).length;
  const date = (value: string | null) => format.date(localDate(value));

  return (
    <div className="stack stack--large">
      <ExtractCard extract={adoption.extract} versionId={adoption.versionId} />
      {version.status === 'adopted' && can(me, 'policy.publish') ? (
        <div className="alert alert--info adoption-next">
          <p>{m.campaigns.publish.intro}</p>
          <div>
            <Link
              to={publishPath(version.id)}
              className="button button--primary"
              data-testid="adoption-publish"
            >
              {r.publish}
            </Link>
          </div>
        </div>
      ) : version.status === 'published' && can(me, 'campaigns.read') ? (
        <p>
          <Link to={CAMPAIGNS_PATH} className="button">
            {r.progress}
          </Link>
        </p>
      ) : null}
      <section className="card" aria-labelledby={titleId} data-testid="adoption-record">
        <h2 id={titleId} className="card__title">
          {r.title}
        </h2>
        <dl className="adoption-facts">
          <div>
            <dt>{f.body}</dt>
            <dd>{m.adoption.bodies[adoption.body]}</dd>
          </div>
          <div>
            <dt>{f.meetingForm}</dt>
            <dd>{m.adoption.meetingForms[adoption.meetingForm]}</dd>
          </div>
          <div>
            <dt>{f.meetingDate}</dt>
            <dd>{date(adoption.meetingDate)}</dd>
          </div>
          <div>
            <dt>{f.place}</dt>
            <dd>{adoption.place}</dd>
          </div>
          <div>
            <dt>{f.minutesNumber}</dt>
            <dd>{adoption.minutesNumber}</dd>
          </div>
          <div>
            <dt>{r.attendance}</dt>
            <dd>
              {r.presentOf(
                format.number(present),
                format.number(members.length),
                format.number(adoption.quorumRequired),
              )}
            </dd>
          </div>
          <div>
            <dt>{r.votes}</dt>
            <dd>
              {r.voteCounts(
                format.number(adoption.votes.for),
                format.number(adoption.votes.against),
                format.number(adoption.votes.abstain),
              )}
            </dd>
          </div>
          <div>
            <dt>{f.chairName}</dt>
            <dd>{adoption.chairName}</dd>
          </div>
          <div>
            <dt>{f.secretaryName}</dt>
            <dd>{adoption.secretaryName}</dd>
          </div>
          <div>
            <dt>{f.effectiveDate}</dt>
            <dd>{date(adoption.effectiveDate)}</dd>
          </div>
          <div>
            <dt>{f.familiarisationDeadline}</dt>
            <dd>{date(adoption.familiarisationDeadline)}</dd>
          </div>
          <div>
            <dt>{f.responsibleOfficer}</dt>
            <dd>{adoption.responsibleOfficer}</dd>
          </div>
          {adoption.dissentingOpinions ? (
            <div className="adoption-facts__wide">
              <dt>{f.dissentingOpinions}</dt>
              <dd className="adoption-pre">{adoption.dissentingOpinions}</dd>
            </div>
          ) : null}
          <div className="adoption-facts__wide">
            <dt>{r.sha}</dt>
            <dd className="hash-line">
              <span className="mono hash">{adoption.versionSha256}</span>
              <CopyButton value={adoption.versionSha256} label={r.sha} iconOnly />
            </dd>
          </div>
        </dl>
        <MembersTable members={members} />
      </section>
      <MinutesCard adoption={adoption} pending={pendingMinutes} onPendingDone={onPendingMinutesDone} />
    </div>
  );
}

function MembersTable({ members }: { members: RecordedMember[] }) {
  const { m } = useI18n();
  const f = m.adoption.form;
  return (
    <div className="table-wrap adoption-members-table">
      <table className="table table--cards" data-testid="adoption-members-table">
        <caption className="visually-hidden">{f.membersTitle}</caption>
        <thead>
          <tr>
            <th scope="col">{f.fullName}</th>
            <th scope="col">{f.position}</th>
            <th scope="col">{f.present}</th>
            <th scope="col">{f.vote}</th>
          </tr>
        </thead>
        <tbody>
          {members.map((member, index) => (
            // The minutes may list the same name twice; the position in the list is what identifies a row.
            // biome-ignore lint/suspicious/noArrayIndexKey: a recorded list that never reorders
            <tr key={index}>
              <th scope="row" className="table__primary">
                {member.fullName}
              </th>
              <td data-label={f.position}>{member.position ?? m.adoption.record.none}</td>
              <td data-label={f.present}>{member.attended ? f.present : m.adoption.record.absent}</td>
              <td data-label={f.vote}>
                {member.vote ? m.adoption.votes[member.vote] : m.adoption.votes.none}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
