import { useMutation } from '@tanstack/react-query';
import { type ChangeEvent, type DragEvent, useCallback, useId, useState } from 'react';
import { FormError } from '../../components/FormError';
import { Loading } from '../../components/States';
import { useI18n } from '../../i18n/I18nProvider';
import { HttpError } from '../../lib/errors';
import { MAX_UPLOAD_BYTES, type UploadVerification, verifyUpload } from './upload';
import { VerifiedDocumentCard } from './VerifiedDocumentCard';

/** The chosen file and its check; the page shows the verdict full width, below both ways of checking. */
export function useUploadCheck() {
  const [file, setFile] = useState<File | null>(null);
  const [tooLarge, setTooLarge] = useState(false);
  const check = useMutation({ mutationFn: verifyUpload });
  const { mutate, reset } = check;
  const choose = useCallback(
    (chosen: File | undefined) => {
      if (!chosen) return;
      setFile(chosen);
      const oversized = chosen.size > MAX_UPLOAD_BYTES;
      setTooLarge(oversized);
      if (oversized) reset();
      else mutate(chosen);
    },
    [mutate, reset],
  );
  return { file, tooLarge, check, choose };
}

export type UploadCheckState = ReturnType<typeof useUploadCheck>;

export function UploadCheck({ upload }: { upload: UploadCheckState }) {
  const { m, format } = useI18n();
  const titleId = useId();
  const inputId = useId();
  const [dragging, setDragging] = useState(false);
  const { file, tooLarge, check, choose } = upload;

  const onChange = (event: ChangeEvent<HTMLInputElement>) => {
    choose(event.target.files?.[0]);
    // Choosing the same file again after a fix should check it again.
    event.target.value = '';
  };

  const onDragOver = (event: DragEvent) => {
    if (!event.dataTransfer.types.includes('Files')) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
    setDragging(true);
  };

  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    choose(event.dataTransfer.files[0]);
  };

  return (
    <section className="card verify-method" aria-labelledby={titleId}>
      <h2 id={titleId} className="card__title">
        {m.verify.upload.title}
      </h2>
      <div className="stack">
        <p className="muted">{m.verify.upload.intro}</p>
        {/* Drag and drop is a shortcut; the file input (and its label button) is the keyboard path. */}
        <fieldset
          className={dragging ? 'dropzone dropzone--active' : 'dropzone'}
          onDragOver={onDragOver}
          onDragEnter={onDragOver}
          onDragLeave={(event) => {
            // Moving over the button inside also fires dragleave; only leaving the zone counts.
            if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setDragging(false);
          }}
          onDrop={onDrop}
          data-testid="verify-dropzone"
        >
          <legend className="visually-hidden">{m.verify.upload.title}</legend>
          <input
            id={inputId}
            type="file"
            accept="application/pdf,.pdf"
            className="dropzone__input visually-hidden"
            onChange={onChange}
            aria-describedby={`${inputId}-limit`}
            data-testid="verify-file-input"
          />
          <label htmlFor={inputId} className="button dropzone__button">
            {m.verify.upload.choose}
          </label>
          <span className="dropzone__text">{m.verify.upload.drop}</span>
          <span id={`${inputId}-limit`} className="dropzone__limit">
            {m.verify.upload.limit}
          </span>
        </fieldset>
        {file ? (
          <p className="file-line" data-testid="verify-file">
            <span className="file-line__name">{file.name}</span>
            <span className="muted"> · {format.fileSize(file.size)}</span>
          </p>
        ) : null}
        {tooLarge ? <FormError error={new HttpError(413, 'verify.tooLarge')} /> : null}
        {check.isPending ? <Loading label={m.verify.upload.checking} /> : null}
        <FormError error={check.error} />
      </div>
    </section>
  );
}

/** Present from the start (an empty live region), so the verdict is announced when it arrives. */
export function UploadOutcome({ upload }: { upload: UploadCheckState }) {
  return (
    <div className="stack upload-results" aria-live="polite" data-testid="verify-upload-result">
      {upload.check.data && !upload.check.isPending ? <UploadVerdict result={upload.check.data} /> : null}
    </div>
  );
}

function UploadVerdict({ result }: { result: UploadVerification }) {
  const { m } = useI18n();
  const titleId = useId();
  const r = m.verify.result;
  if (result.genuine && result.document)
    return <VerifiedDocumentCard document={result.document} explanation={r.genuineFile} />;
  return (
    <section className="card verdict verdict--bad" aria-labelledby={titleId} data-testid="verify-not-genuine">
      <div className="verdict__head">
        <svg className="verdict__icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
          <circle cx="12" cy="12" r="11" />
          <path d="m8 8 8 8M16 8l-8 8" />
        </svg>
        <h2 id={titleId} className="verdict__title">
          {r.notGenuineTitle}
        </h2>
      </div>
      <ul className="verdict__reasons">
        <li data-testid="verify-contents">{result.issuedByUs ? r.contentsKnown : r.contentsUnknown}</li>
        <li data-testid="verify-signature" data-valid={result.signatureValid}>
          {result.signatureValid ? r.signatureIntact : r.signatureBroken}
        </li>
      </ul>
      <dl className="facts">
        <div>
          <dt>{r.fileSha}</dt>
          <dd className="mono hash" data-testid="verify-file-sha256">
            {result.sha256}
          </dd>
        </div>
      </dl>
    </section>
  );
}
