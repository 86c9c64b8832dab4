import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTRPC } from '../../../app/trpc';
import { TextAreaField, TextField } from '../../../components/Field';
import { FormError } from '../../../components/FormError';
import { ErrorState, Loading } from '../../../components/States';
import { useNotify } from '../../../components/Toasts';
import { useI18n } from '../../../i18n/I18nProvider';
import { localDate } from '../../../lib/dates';
import { documentDownloadUrl } from '../../../lib/documentLinks';
import { calendarDay, type SessionDetail } from './types';

type Unmatched = readonly { line: number; text: string; reason: 'noMatch' | 'ambiguousName' }[];

/** One session's attendance list: add one person, or paste a list from the sign-in sheet. */
export function SessionAttendance({ sessionId, onClose }: { sessionId: string; onClose: () => void }) {
  const { m, format } = useI18n();
  const s = m.training.hr.sessions;
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const notify = useNotify();
  const titleId = useId();
  const session = useQuery(trpc.trainingSessions.get.queryOptions({ id: sessionId }));
  const [one, setOne] = useState('');
  const [list, setList] = useState('');
  const [unmatched, setUnmatched] = useState<Unmatched>([]);
  const record = useMutation(
    trpc.trainingSessions.importAttendance.mutationOptions({
      onSuccess: (result, input) => {
        setUnmatched(result.unmatched);
        notify(input.list === one ? s.added : s.imported(result.matched, result.unmatched.length));
        if (result.unmatched.length === 0) {
          setOne('');
          setList('');
        }
        void queryClient.invalidateQueries({ queryKey: trpc.trainingSessions.pathKey() });
        void queryClient.invalidateQueries({ queryKey: trpc.training.pathKey() });
      },
    }),
  );

  return (
    <section className="card stack" aria-labelledby={titleId} data-testid="session-attendance">
      <div className="portal-actions">
        <h3 id={titleId} className="card__title">
          {session.data
            ? s.attendanceTitle(format.date(localDate(calendarDay(session.data.heldOn))))
            : s.attendance}
        </h3>
        <button type="button" className="button button--small" onClick={onClose}>
          {m.common.close}
        </button>
      </div>
      <FormError error={record.error} fields={['list']} />
      <form
        className="inline-form"
        onSubmit={(event) => {
          event.preventDefault();
          if (one.trim()) record.mutate({ sessionId, list: one.trim() });
        }}
      >
        <TextField
          label={s.addPerson}
          hint={s.importHint}
          value={one}
          onValueChange={setOne}
          data-testid="attendance-one"
        />
        <div className="inline-form__actions">
          <button type="submit" className="button" disabled={record.isPending || !one.trim()}>
            {s.add}
          </button>
        </div>
      </form>
      <form
        className="stack"
        onSubmit={(event) => {
          event.preventDefault();
          if (list.trim()) record.mutate({ sessionId, list });
        }}
      >
        <TextAreaField
          label={s.import}
          hint={s.importHint}
          rows={5}
          value={list}
          onValueChange={setList}
          data-testid="attendance-list"
        />
        <div>
          <button
            type="submit"
            className="button"
            disabled={record.isPending || !list.trim()}
            data-testid="attendance-import"
          >
            {s.importSubmit}
          </button>
        </div>
      </form>
      {unmatched.length > 0 ? (
        <div className="alert alert--info" data-testid="attendance-unmatched">
          <p>{s.unknownLines}</p>
          <ul>
            {unmatched.map((line) => (
              <li key={line.line}>
                {format.number(line.line)}: {line.text}
                {line.reason === 'ambiguousName' ? (
                  <span className="muted" data-testid="attendance-ambiguous">
                    {' '}
                    ({s.ambiguousName})
                  </span>
                ) : null}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {session.isPending ? (
        <Loading />
      ) : session.isError ? (
        <ErrorState error={session.error} onRetry={() => void session.refetch()} />
      ) : (
        <AttendanceTable session={session.data} />
      )}
    </section>
  );
}

function AttendanceTable({ session }: { session: SessionDetail }) {
  const { m, format } = useI18n();
  const s = m.training.hr.sessions;
  const c = m.training.hr.tracking.columns;
  if (session.attendance.length === 0) return <p className="muted">{s.noAttendees}</p>;
  return (
    <div className="table-wrap">
      <table className="table table--cards" data-testid="attendance-table">
        <caption className="training-caption">{s.attendanceCaption}</caption>
        <thead>
          <tr>
            <th scope="col">{c.name}</th>
            <th scope="col">{s.source}</th>
            <th scope="col">{s.recordedAt}</th>
            <th scope="col">{c.certificate}</th>
          </tr>
        </thead>
        <tbody>
          {session.attendance.map((row) => (
            <tr key={row.personId} data-testid="attendance-row">
              <th scope="row" className="table__primary">
                {row.fullName}
                {row.number ? <span className="muted"> · {row.number}</span> : null}
              </th>
              <td data-label={s.source}>{s.sources[row.source === 'import' ? 'import' : 'manual']}</td>
              <td data-label={s.recordedAt}>{format.dateTime(row.recordedAt)}</td>
              <td data-label={c.certificate}>
                {row.certificate ? (
                  <a
                    href={documentDownloadUrl(row.certificate.documentId)}
                    className="button button--small"
                    download={`${row.certificate.publicId ?? 'certificate'}.pdf`}
                  >
                    {m.training.hr.tracking.download}
                    <span className="visually-hidden">: {row.fullName}</span>
                  </a>
                ) : (
                  m.common.none
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
