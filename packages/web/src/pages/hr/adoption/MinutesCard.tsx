import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState } from 'react';
import { can, useMe } from '../../../app/session';
import { useTRPC } from '../../../app/trpc';
import { CopyButton } from '../../../components/CopyButton';
import { FormError } from '../../../components/FormError';
import { useI18n } from '../../../i18n/I18nProvider';
import { MinutesPicker } from './MinutesPicker';
import { minutesDownloadUrl, minutesProblem, uploadMinutes } from './minutesUpload';
import type { AdoptionRecord } from './types';

/**
 * The scanned minutes kept with the record. A file chosen in the adoption form arrives as `pending`
 * and is sent as soon as the record exists; without one, whoever may record adoptions can attach it.
 */
export function MinutesCard({
  adoption,
  pending,
  onPendingDone,
}: {
  adoption: AdoptionRecord;
  pending: File | null;
  onPendingDone: () => void;
}) {
  const { m, format } = useI18n();
  const trpc = useTRPC();
  const me = useMe().data;
  const queryClient = useQueryClient();
  const titleId = useId();
  const t = m.ackExtras.minutes;
  const [chosen, setChosen] = useState<File | null>(null);
  const upload = useMutation({
    mutationFn: (file: File) => uploadMinutes(adoption.id, file),
    onSuccess: (minutes) => {
      setChosen(null);
      queryClient.setQueryData(trpc.adoption.get.queryKey({ versionId: adoption.versionId }), (current) =>
        current ? { ...current, minutes } : current,
      );
    },
  });
  const { mutate } = upload;
  const started = useRef(false);
  useEffect(() => {
    if (!pending || started.current) return;
    started.current = true;
    mutate(pending, { onSettled: onPendingDone });
  }, [pending, mutate, onPendingDone]);

  const minutes = adoption.minutes;
  return (
    <section className="card" aria-labelledby={titleId} data-testid="adoption-minutes">
      <h2 id={titleId} className="card__title">
        {t.title}
      </h2>
      <div className="stack" aria-live="polite">
        {minutes ? (
          <>
            <dl className="facts facts--inline">
              <div>
                <dt>{t.fileName}</dt>
                <dd className="file-line" data-testid="minutes-file-name">
                  {minutes.fileName}
                </dd>
              </div>
              <div>
                <dt>{t.size}</dt>
                <dd>{format.fileSize(minutes.sizeBytes)}</dd>
              </div>
              <div>
                <dt>{t.uploadedAt}</dt>
                <dd>{format.dateTime(minutes.uploadedAt)}</dd>
              </div>
              <div className="adoption-facts__wide">
                <dt>{t.sha256}</dt>
                <dd className="hash-line">
                  <span className="mono hash">{minutes.sha256}</span>
                  <CopyButton value={minutes.sha256} label={t.sha256} iconOnly />
                </dd>
              </div>
            </dl>
            <div>
              <a
                href={minutesDownloadUrl(adoption.id)}
                className="button"
                download={minutes.fileName}
                data-testid="minutes-download"
              >
                {t.download}
              </a>
            </div>
          </>
        ) : upload.isPending ? (
          <p className="portal-receipt__waiting">
            <span className="spinner" aria-hidden="true" />
            {t.uploading}
          </p>
        ) : (
          <>
            {upload.error ? (
              <>
                <p>{t.notAttached}</p>
                <FormError error={upload.error} />
              </>
            ) : (
              <p className="muted">{t.none}</p>
            )}
            {can(me, 'policy.adopt') ? (
              <div className="stack">
                <MinutesPicker file={chosen} onChange={setChosen} />
                <div>
                  <button
                    type="button"
                    className="button button--primary"
                    disabled={!chosen || minutesProblem(chosen) !== null}
                    onClick={() => chosen && upload.mutate(chosen)}
                    data-testid="minutes-attach"
                  >
                    {t.attach}
                  </button>
                </div>
              </div>
            ) : null}
          </>
        )}
      </div>
    </section>
  );
}
