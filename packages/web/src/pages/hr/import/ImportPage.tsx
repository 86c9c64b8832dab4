import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTRPC } from '../../../app/trpc';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { FormError } from '../../../components/FormError';
import { PageHeader } from '../../../components/PageHeader';
import { Loading } from '../../../components/States';
import { useI18n } from '../../../i18n/I18nProvider';
import { HttpError } from '../../../lib/errors';
import { ColumnMappingCard } from './ColumnMappingCard';
import { FilePicker } from './FilePicker';
import { FileSummary, RejectedRows } from './ImportPreviewView';
import { ImportProgress } from './ImportProgress';
import { ImportResult } from './ImportResult';
import { type ColumnMapping, type ImportPreview, MAX_IMPORT_BYTES, previewImport } from './upload';

/**
 * /hr/import — upload a CSV or XLSX export, see exactly what it would change (every rejected row, the
 * counts, who would be deactivated), then apply it all at once. Nothing changes before "Import".
 */
export function ImportPage() {
  const { m, format } = useI18n();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [file, setFile] = useState<File | null>(null);
  const [tooLarge, setTooLarge] = useState(false);
  const preview = useMutation({
    mutationFn: previewImport,
    onError: (error) => {
      // An ended session surfaces here as a plain 401; refreshing auth.me sends the person to sign in.
      if (error instanceof HttpError && error.status === 401)
        void queryClient.invalidateQueries({ queryKey: trpc.auth.me.queryKey() });
    },
  });
  const apply = useMutation(
    trpc.people.importApply.mutationOptions({
      onSuccess: () => {
        void queryClient.invalidateQueries({ queryKey: trpc.people.pathKey() });
        void queryClient.invalidateQueries({ queryKey: trpc.units.list.queryKey() });
        window.scrollTo(0, 0);
      },
    }),
  );

  const choose = (chosen: File) => {
    setFile(chosen);
    apply.reset();
    const oversized = chosen.size > MAX_IMPORT_BYTES;
    setTooLarge(oversized);
    if (oversized) preview.reset();
    else preview.mutate({ file: chosen });
  };

  const startAgain = () => {
    setFile(null);
    setTooLarge(false);
    preview.reset();
    apply.reset();
  };

  return (
    <>
      <PageHeader title={m.importPeople.title} intro={m.importPeople.intro} />
      {apply.data ? (
        <ImportResult result={apply.data} onAgain={startAgain} />
      ) : (
        <div className="stack stack--large">
          <section className="card stack" aria-label={m.importPeople.choose}>
            <FilePicker onChoose={choose} disabled={preview.isPending || apply.isPending} />
            {file ? (
              <p className="file-line" data-testid="import-file">
                <span className="file-line__name">{file.name}</span>
                <span className="muted"> · {format.fileSize(file.size)}</span>
              </p>
            ) : null}
            {tooLarge ? <FormError error={new HttpError(413, 'import.tooLarge')} /> : null}
            {preview.isPending ? <Loading label={m.importPeople.checking} /> : null}
            <FormError error={preview.error} />
          </section>
          {apply.isPending && apply.variables ? <ImportProgress runId={apply.variables.runId} /> : null}
          {/* The preview is announced when it arrives; the region exists from the start. */}
          <div aria-live="polite" className="stack stack--large">
            {preview.data && file && !preview.isPending ? (
              <PreviewAndApply
                key={preview.data.runId}
                preview={preview.data}
                fileName={file.name}
                applying={apply.isPending}
                applyError={apply.error}
                onApply={(deactivateMissing) =>
                  apply.mutate({ runId: preview.data.runId, deactivateMissing })
                }
                onRemap={(mapping) => {
                  apply.reset();
                  preview.mutate({ file, mapping });
                }}
              />
            ) : null}
          </div>
        </div>
      )}
    </>
  );
}

function PreviewAndApply({
  preview,
  fileName,
  applying,
  applyError,
  onApply,
  onRemap,
}: {
  preview: ImportPreview;
  fileName: string;
  applying: boolean;
  applyError: unknown;
  onApply: (deactivateMissing: boolean) => void;
  onRemap: (mapping: ColumnMapping) => void;
}) {
  const { m, format } = useI18n();
  const t = m.importPeople;
  const planTitleId = useId();
  const blockedId = useId();
  const checkboxId = useId();
  const [deactivate, setDeactivate] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const { plan } = preview;
  const blocked = preview.rejected.length > 0 || preview.conflicts.length > 0;
  const deactivating = deactivate && plan.wouldDeactivate.length > 0;

  const submit = () => {
    if (blocked) return;
    if (deactivating) setConfirming(true);
    else onApply(false);
  };

  return (
    <>
      <FileSummary preview={preview} fileName={fileName} />
      <ColumnMappingCard preview={preview} checking={applying} onRemap={onRemap} />
      {preview.rejected.length > 0 ? <RejectedRows rejected={preview.rejected} /> : null}
      {preview.conflicts.length > 0 ? (
        <section className="card import-problems" data-testid="import-conflicts">
          <h2 className="card__title">{t.conflicts.title(preview.conflicts.length)}</h2>
          <ul className="import-conflicts">
            {preview.conflicts.map((conflict) => (
              <li key={`${conflict.line}-${conflict.existingId}`}>
                <span className="tabular">
                  {t.rejected.line} {format.number(conflict.line)}
                </span>
                : {t.conflicts.emailTaken}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <section className="card" aria-labelledby={planTitleId} data-testid="import-plan">
        <h2 id={planTitleId} className="card__title">
          {t.plan.title}
        </h2>
        <div className="stack">
          <dl className="import-counts">
            <div>
              <dt>{t.plan.add}</dt>
              <dd data-testid="plan-add">{format.number(plan.add)}</dd>
            </div>
            <div>
              <dt>{t.plan.update}</dt>
              <dd data-testid="plan-update">{format.number(plan.update)}</dd>
            </div>
            <div>
              <dt>{t.plan.unchanged}</dt>
              <dd data-testid="plan-unchanged">{format.number(plan.unchanged)}</dd>
            </div>
            <div>
              <dt>{t.plan.unitsToCreate}</dt>
              <dd data-testid="plan-units">{format.number(plan.unitsToCreate.length)}</dd>
            </div>
          </dl>
          {plan.unitsToCreate.length > 0 ? (
            <div>
              <h3 className="import-subtitle">{t.plan.unitsToCreate}</h3>
              <ul className="import-chips">
                {plan.unitsToCreate.map((unit) => (
                  <li key={unit}>{unit}</li>
                ))}
              </ul>
            </div>
          ) : null}
          <div className="import-deactivate" data-testid="import-deactivate">
            <div className="adoption-choice">
              <input
                id={checkboxId}
                type="checkbox"
                checked={deactivate}
                disabled={plan.wouldDeactivate.length === 0}
                onChange={(event) => setDeactivate(event.target.checked)}
                aria-describedby={`${checkboxId}-hint`}
                data-testid="import-deactivate-checkbox"
              />
              <label htmlFor={checkboxId}>{t.deactivate.label}</label>
            </div>
            <p className="field__hint" id={`${checkboxId}-hint`}>
              {plan.wouldDeactivate.length === 0
                ? t.deactivate.none
                : t.deactivate.hint(plan.wouldDeactivate.length)}
            </p>
            {plan.wouldDeactivate.length > 0 ? (
              <details className="import-deactivate__list" open={plan.wouldDeactivate.length <= 10}>
                <summary>{t.deactivate.listTitle(plan.wouldDeactivate.length)}</summary>
                <ul data-testid="import-would-deactivate">
                  {plan.wouldDeactivate.map((person) => (
                    <li key={person.id}>{person.fullName}</li>
                  ))}
                </ul>
              </details>
            ) : null}
          </div>
          <FormError error={applyError} />
          {blocked ? (
            <p className="alert alert--error" id={blockedId} data-testid="import-blocked">
              {t.blocked}
            </p>
          ) : null}
          <div className="form-actions">
            <button
              type="button"
              className="button button--primary"
              onClick={submit}
              disabled={blocked || applying}
              aria-describedby={blocked ? blockedId : undefined}
              data-testid="import-apply"
            >
              {applying ? m.common.working : t.apply}
            </button>
          </div>
        </div>
      </section>
      <ConfirmDialog
        open={confirming}
        title={t.deactivate.confirmTitle}
        confirmLabel={t.apply}
        onConfirm={() => {
          setConfirming(false);
          onApply(true);
        }}
        onCancel={() => setConfirming(false)}
        danger
      >
        {t.deactivate.confirmText(plan.wouldDeactivate.length)}
      </ConfirmDialog>
    </>
  );
}
