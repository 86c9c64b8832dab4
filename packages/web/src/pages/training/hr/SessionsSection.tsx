import { useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTRPC } from '../../../app/trpc';
import { EmptyState, ErrorState, Loading } from '../../../components/States';
import { useI18n } from '../../../i18n/I18nProvider';
import { LANGUAGE_AUTONYMS, languageOr } from '../../../i18n/languages';
import { localDate } from '../../../lib/dates';
import { SessionAttendance } from './SessionAttendance';
import { SessionForm } from './SessionForm';
import { calendarDay, type SessionSummary } from './types';

/** In-person and online sessions; attendance gives credit and a certificate. */
export function SessionsSection() {
  const { m } = useI18n();
  const s = m.training.hr.sessions;
  const trpc = useTRPC();
  const titleId = useId();
  const sessions = useQuery(trpc.trainingSessions.list.queryOptions());
  const [openId, setOpenId] = useState<string | null>(null);
  return (
    <section className="stack stack--large" aria-labelledby={titleId} data-testid="training-sessions">
      <h2 id={titleId}>{s.title}</h2>
      <p className="muted">{s.intro}</p>
      <SessionForm onCreated={setOpenId} />
      {sessions.isPending ? (
        <Loading />
      ) : sessions.isError ? (
        <ErrorState error={sessions.error} onRetry={() => void sessions.refetch()} />
      ) : sessions.data.length === 0 ? (
        <EmptyState>{s.empty}</EmptyState>
      ) : (
        <SessionTable sessions={sessions.data} openId={openId} onOpen={setOpenId} />
      )}
      {openId ? <SessionAttendance key={openId} sessionId={openId} onClose={() => setOpenId(null)} /> : null}
    </section>
  );
}

function SessionTable({
  sessions,
  openId,
  onOpen,
}: {
  sessions: readonly SessionSummary[];
  openId: string | null;
  onOpen: (id: string) => void;
}) {
  const { m, format, language } = useI18n();
  const s = m.training.hr.sessions;
  return (
    <div className="table-wrap">
      <table className="table table--cards" data-testid="sessions-table">
        <caption className="training-caption">{s.caption}</caption>
        <thead>
          <tr>
            <th scope="col">{s.date}</th>
            <th scope="col">{s.format}</th>
            <th scope="col">{s.trainer}</th>
            <th scope="col">{s.topic}</th>
            <th scope="col">{s.language}</th>
            <th scope="col" className="numeric">
              {s.attendance}
            </th>
            <th scope="col">
              <span className="visually-hidden">{m.common.actions}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {sessions.map((session) => {
            const date = format.date(localDate(calendarDay(session.heldOn)));
            return (
              <tr
                key={session.id}
                data-testid="session-row"
                aria-current={session.id === openId ? 'true' : undefined}
              >
                <th scope="row" className="table__primary">
                  {date}
                </th>
                <td data-label={s.format}>
                  {s.formats[session.format === 'online' ? 'online' : 'in_person']}
                </td>
                <td data-label={s.trainer}>{session.trainer}</td>
                <td data-label={s.topic}>{session.topic ?? m.common.none}</td>
                <td data-label={s.language}>{LANGUAGE_AUTONYMS[languageOr(session.language, language)]}</td>
                <td data-label={s.attendance} className="numeric">
                  {s.attendees(Number(session.attendees ?? 0))}
                </td>
                <td className="table__actions">
                  <button
                    type="button"
                    className="button button--small"
                    onClick={() => onOpen(session.id)}
                    data-testid="session-open"
                  >
                    {s.open}
                    <span className="visually-hidden">: {date}</span>
                  </button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
