import { Link } from '../../app/router';
import { ErrorState, Loading } from '../../components/States';
import { useI18n } from '../../i18n/I18nProvider';
import { localDate } from '../../lib/dates';
import { useMyCourse } from './api';
import { CourseStatusBadge } from './CourseStatusBadge';
import { MY_TRAINING_PATH } from './paths';

/** The body of the home page's training card: where the person stands, and the way in. */
export function HomeTrainingCard() {
  const { m, format, language } = useI18n();
  const course = useMyCourse(language);
  if (course.isPending) return <Loading />;
  if (course.isError) return <ErrorState error={course.error} onRetry={() => void course.refetch()} />;
  if (course.data === null) {
    return (
      <div className="state state--empty state--inline" data-testid="empty-state-inline">
        <p className="state__title">{m.home.noTrainings}</p>
        <p>{m.home.trainingsEmpty}</p>
      </div>
    );
  }
  const { data } = course;
  const done = data.modules.filter((module) => module.done).length;
  return (
    <div className="stack portal-home" data-testid="home-training-status" data-status={data.status}>
      <p>
        <CourseStatusBadge course={data} />
      </p>
      <p>
        {data.completion
          ? m.training.home.passed(format.date(data.completion.completedAt))
          : `${m.training.home.pending(format.date(localDate(data.dueDate)))} ${m.training.home.progress(
              format.number(done),
              format.number(data.modules.length),
            )}`}
      </p>
      <div>
        <Link
          to={MY_TRAINING_PATH}
          className={data.completion ? 'button' : 'button button--primary'}
          data-testid="home-training-open"
        >
          {m.training.home.open}
        </Link>
      </div>
    </div>
  );
}
