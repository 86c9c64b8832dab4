import { useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { can, useMe } from '../../../app/session';
import { useTRPC } from '../../../app/trpc';
import { EmptyState, ErrorState, Loading } from '../../../components/States';
import { useI18n } from '../../../i18n/I18nProvider';
import { localDate } from '../../../lib/dates';
import { AssignmentForm } from './AssignmentForm';
import type { Assignment } from './types';

/** The course assigned to audiences, each with its due date, onboarding window and yearly refresher. */
export function AssignmentsSection() {
  const { m } = useI18n();
  const a = m.training.hr.assignments;
  const trpc = useTRPC();
  const me = useMe().data;
  const titleId = useId();
  const list = useQuery(trpc.training.assignments.queryOptions());
  return (
    <section className="stack stack--large" aria-labelledby={titleId} data-testid="training-assignments">
      <h2 id={titleId}>{a.title}</h2>
      {can(me, 'training.manage') ? <AssignmentForm /> : null}
      {list.isPending ? (
        <Loading />
      ) : list.isError ? (
        <ErrorState error={list.error} onRetry={() => void list.refetch()} />
      ) : list.data.length === 0 ? (
        <EmptyState>{a.empty}</EmptyState>
      ) : (
        <AssignmentTable assignments={list.data} />
      )}
    </section>
  );
}

function AssignmentTable({ assignments }: { assignments: readonly Assignment[] }) {
  const { m, format } = useI18n();
  const a = m.training.hr.assignments;
  const c = a.columns;
  return (
    <div className="table-wrap">
      <table className="table table--cards" data-testid="assignments-table">
        <caption className="training-caption">{a.caption}</caption>
        <thead>
          <tr>
            <th scope="col">{c.name}</th>
            <th scope="col">{c.due}</th>
            <th scope="col">{c.audience}</th>
            <th scope="col">{c.refresher}</th>
            <th scope="col">{c.created}</th>
          </tr>
        </thead>
        <tbody>
          {assignments.map((assignment) => {
            const units = assignment.audience.unitIds?.length ?? 0;
            return (
              <tr key={assignment.id} data-testid="assignment-row">
                <th scope="row" className="table__primary">
                  {assignment.title}
                </th>
                <td data-label={c.due}>{format.date(localDate(assignment.dueDate))}</td>
                <td data-label={c.audience}>{units > 0 ? a.unitCount(units) : a.everyone}</td>
                <td data-label={c.refresher}>{assignment.refresher ? a.yearly : a.once}</td>
                <td data-label={c.created}>{format.date(assignment.createdAt)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
