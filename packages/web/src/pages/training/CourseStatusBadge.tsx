import { useI18n } from '../../i18n/I18nProvider';
import { isPastDue } from '../../lib/dates';
import type { MyCourse } from './types';

export function CourseStatusBadge({ course }: { course: Pick<MyCourse, 'status' | 'dueDate'> }) {
  const { m } = useI18n();
  const overdue = course.status !== 'passed' && (course.status === 'overdue' || isPastDue(course.dueDate));
  const status = overdue ? 'overdue' : course.status;
  const tone = status === 'passed' ? 'badge badge--success' : overdue ? 'badge badge--warning' : 'badge';
  return (
    <span className={tone} data-testid="course-status" data-status={status}>
      {m.training.statuses[status]}
    </span>
  );
}
