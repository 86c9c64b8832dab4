import { publishModelInput } from '@qorgau/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useId, useState } from 'react';
import { useTRPC } from '../../../app/trpc';
import type { PublishedModels } from '../../../app/types';
import { TextAreaField } from '../../../components/Field';
import { FormError } from '../../../components/FormError';
import { PageHeader } from '../../../components/PageHeader';
import { EmptyState, ErrorState, Loading } from '../../../components/States';
import { useNotify } from '../../../components/Toasts';
import { useI18n } from '../../../i18n/I18nProvider';
import { useFormErrors } from '../../../lib/useFormErrors';
import { validate } from '../../../lib/validate';
import { compareModelVersions } from '../../policy/modelVersions';

/** /programme/models — published model versions, and publishing the one this installation ships. */
export function ModelsPage() {
  const { m } = useI18n();
  const trpc = useTRPC();
  const models = useQuery(trpc.review.models.queryOptions());

  return (
    <>
      <PageHeader title={m.models.title} intro={m.models.intro} />
      {models.isPending ? (
        <Loading />
      ) : models.isError ? (
        <ErrorState error={models.error} onRetry={() => void models.refetch()} />
      ) : (
        <div className="stack stack--large">
          {models.data.shippedPublished ? (
            <p className="alert alert--success" data-testid="shipped-published">
              {m.models.shipped(models.data.shipped)} {m.models.shippedIsPublished}
            </p>
          ) : (
            <PublishForm shipped={models.data.shipped} />
          )}
          <PublishedList models={models.data} />
        </div>
      )}
    </>
  );
}

function PublishedList({ models }: { models: PublishedModels }) {
  const { m, format } = useI18n();
  const titleId = useId();
  const published = [...models.published].sort((a, b) => compareModelVersions(b.version, a.version));
  return (
    <section className="stack" aria-labelledby={titleId}>
      <h2 id={titleId}>{m.models.published}</h2>
      {published.length === 0 ? (
        <EmptyState>{m.models.empty}</EmptyState>
      ) : (
        <ol className="model-list" data-testid="models-list">
          {published.map((model, index) => (
            <li key={model.version} className="card model-list__item" data-testid="model-row">
              <div className="model-list__head">
                <h3 className="mono">{model.version}</h3>
                {index === 0 ? <span className="badge badge--success">{m.models.current}</span> : null}
                <span className="muted">{m.models.publishedAt(format.dateTime(model.publishedAt))}</span>
              </div>
              <p className="pre-wrap">{model.changelog}</p>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

function PublishForm({ shipped }: { shipped: string }) {
  const { m } = useI18n();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const notify = useNotify();
  const titleId = useId();
  const [changelog, setChangelog] = useState('');
  const publish = useMutation(
    trpc.review.publishModel.mutationOptions({
      onSuccess: (result) => {
        notify(m.models.done(result.version));
        setChangelog('');
        void queryClient.invalidateQueries({ queryKey: trpc.review.models.queryKey() });
      },
    }),
  );
  const { errors, setClientErrors } = useFormErrors(publish.error);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const result = validate(publishModelInput, { changelog });
    setClientErrors(result.ok ? {} : result.errors);
    if (!result.ok) {
      publish.reset();
      return;
    }
    publish.mutate(result.data);
  };

  return (
    <section className="card stack" aria-labelledby={titleId} data-testid="publish-model">
      <div>
        <h2 id={titleId} className="card__title">
          {m.models.publishTitle(shipped)}
        </h2>
        <p className="muted">{m.models.shipped(shipped)}</p>
        <p className="muted">{m.models.publishText}</p>
      </div>
      <form className="stack" onSubmit={submit} noValidate data-testid="publish-model-form">
        <FormError error={publish.error} fields={['changelog']} />
        <TextAreaField
          label={m.models.changelog}
          hint={m.models.changelogHint}
          value={changelog}
          onValueChange={setChangelog}
          rows={5}
          maxLength={10000}
          errorKey={errors.changelog}
          data-testid="publish-changelog"
        />
        <div>
          <button
            type="submit"
            className="button button--primary"
            disabled={publish.isPending}
            data-testid="publish-submit"
          >
            {publish.isPending ? m.common.working : m.models.publish}
          </button>
        </div>
      </form>
    </section>
  );
}
