import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useId } from 'react';
import { useTRPC } from '../../../app/trpc';
import { useNotify } from '../../../components/Toasts';
import { useI18n } from '../../../i18n/I18nProvider';
import { TrainingFormError } from '../trainingErrors';

/**
 * Own modules and questions reach learners only in a published course version; people who have
 * already started stay on the version they began.
 */
export function PublishCourseCard() {
  const { m, format } = useI18n();
  const c = m.training.hr.content;
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const notify = useNotify();
  const titleId = useId();
  const versions = useQuery(trpc.training.courseVersions.queryOptions());
  const latest = versions.data?.reduce<{ number: number } | null>(
    (best, version) => (best === null || version.number > best.number ? version : best),
    null,
  );
  const publish = useMutation(
    trpc.training.publishCourse.mutationOptions({
      onSuccess: (result) => {
        notify(result.created ? c.published(format.number(result.number)) : c.unchanged);
        void queryClient.invalidateQueries({ queryKey: trpc.training.courseVersions.queryKey() });
      },
    }),
  );
  return (
    <section className="card stack" aria-labelledby={titleId} data-testid="training-publish">
      <h3 id={titleId} className="card__title">
        {c.publishTitle}
      </h3>
      <p className="muted" data-testid="training-course-version">
        {latest ? c.currentVersion(format.number(latest.number)) : c.noVersion}
      </p>
      <p className="muted">{c.publishHint}</p>
      <TrainingFormError error={publish.error} />
      <div>
        <button
          type="button"
          className="button"
          disabled={publish.isPending}
          onClick={() => publish.mutate()}
          data-testid="training-publish-submit"
        >
          {c.publish}
        </button>
      </div>
    </section>
  );
}
