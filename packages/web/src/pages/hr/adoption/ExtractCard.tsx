import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId } from 'react';
import { Link } from '../../../app/router';
import { can, useMe } from '../../../app/session';
import { useTRPC } from '../../../app/trpc';
import { FormError } from '../../../components/FormError';
import { useI18n } from '../../../i18n/I18nProvider';
import { documentDownloadUrl, verifyPathFor } from '../../../lib/documentLinks';
import type { AdoptionExtract } from './types';

/** The signed extract from the minutes: pending, ready, or failed with a way to try again. */
export function ExtractCard({ extract, versionId }: { extract: AdoptionExtract; versionId: string }) {
  const { m } = useI18n();
  const trpc = useTRPC();
  const me = useMe().data;
  const queryClient = useQueryClient();
  const titleId = useId();
  const r = m.adoption.record;
  const retry = useMutation(
    trpc.adoption.retryExtract.mutationOptions({
      onSuccess: (adoption) => {
        // Back to "pending": the page polls again until the extract is issued.
        queryClient.setQueryData(trpc.adoption.get.queryKey({ versionId }), adoption);
        void queryClient.invalidateQueries({ queryKey: trpc.adoption.get.queryKey({ versionId }) });
      },
    }),
  );
  return (
    <section
      className="card"
      aria-labelledby={titleId}
      data-testid="adoption-extract"
      data-status={extract.status}
    >
      <h2 id={titleId} className="card__title">
        {r.extractTitle}
      </h2>
      <div aria-live="polite">
        {extract.status === 'issued' ? (
          <div className="stack">
            <p>{r.extractReady}</p>
            <p>
              <span className="muted">{r.identifier}: </span>
              <span className="mono nowrap">{extract.publicId}</span>
            </p>
            <div className="portal-actions">
              <a
                href={documentDownloadUrl(extract.documentId)}
                download={`${extract.publicId}.pdf`}
                className="button button--primary"
                data-testid="extract-download"
              >
                {r.download}
              </a>
              <Link to={verifyPathFor(extract.publicId)} className="button">
                {r.verify}
              </Link>
            </div>
          </div>
        ) : extract.status === 'failed' ? (
          <div className="stack">
            <div className="alert alert--error" role="alert">
              <p>{can(me, 'policy.adopt') ? m.ackExtras.extract.failed : r.extractFailed}</p>
            </div>
            <FormError error={retry.error} />
            {can(me, 'policy.adopt') ? (
              <div>
                <button
                  type="button"
                  className="button button--primary"
                  disabled={retry.isPending}
                  onClick={() => retry.mutate({ versionId })}
                  data-testid="extract-retry"
                >
                  {retry.isPending ? m.ackExtras.extract.retrying : m.ackExtras.extract.retry}
                </button>
              </div>
            ) : null}
          </div>
        ) : (
          <p className="portal-receipt__waiting">
            <span className="spinner" aria-hidden="true" />
            {r.extractPending}
          </p>
        )}
      </div>
    </section>
  );
}
