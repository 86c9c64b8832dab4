import { useId } from 'react';
import type { VerifiedDocument } from '../../app/types';
import { CopyButton } from '../../components/CopyButton';
import { useI18n } from '../../i18n/I18nProvider';

function CheckIcon() {
  return (
    <svg className="verdict__icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <circle cx="12" cy="12" r="11" />
      <path d="m7 12.5 3.2 3.2L17 9" />
    </svg>
  );
}

/** "Genuine document" with exactly what the API returns: what the document itself prints, nothing more. */
export function VerifiedDocumentCard({
  document,
  explanation,
}: {
  document: VerifiedDocument;
  explanation: string;
}) {
  const { m, language, format } = useI18n();
  const titleId = useId();
  const r = m.verify.result;
  return (
    <section
      className="card verdict verdict--genuine"
      aria-labelledby={titleId}
      data-testid="verify-genuine"
      data-sample={document.sample}
    >
      <div className="verdict__head">
        <CheckIcon />
        <h2 id={titleId} className="verdict__title">
          {r.genuineTitle}
        </h2>
        {document.sample ? (
          <span className="badge badge--sample" data-testid="verify-sample-badge">
            {r.sampleBadge}
          </span>
        ) : null}
      </div>
      {document.sample ? (
        <div className="alert alert--warning" data-testid="verify-sample">
          <p>
            <strong>{r.sampleBadge}.</strong> {r.sampleText}
          </p>
        </div>
      ) : null}
      <p>{explanation}</p>
      <dl className="facts verdict__facts">
        <div>
          <dt>{r.issuedBy}</dt>
          <dd data-testid="verify-organization">{document.organizationNames[language]}</dd>
        </div>
        <div>
          <dt>{r.document}</dt>
          <dd lang={document.language} data-testid="verify-title">
            {document.title}
          </dd>
        </div>
        {document.concerns ? (
          <div>
            <dt>{r.concerns}</dt>
            <dd data-testid="verify-concerns">{document.concerns}</dd>
          </div>
        ) : null}
        <div>
          <dt>{r.signedAt}</dt>
          <dd>{format.dateTime(document.signedAt)}</dd>
        </div>
        <div>
          <dt>{r.signer}</dt>
          <dd>{document.signer}</dd>
        </div>
        <div>
          <dt>{r.publicId}</dt>
          <dd className="mono" data-testid="verify-public-id">
            {document.publicId}
          </dd>
        </div>
        <div>
          <dt>{r.sha256}</dt>
          <dd className="hash-line">
            <span className="mono hash" data-testid="verify-sha256">
              {document.sha256}
            </span>
            <CopyButton value={document.sha256} label={m.documents.list.copySha} />
          </dd>
        </div>
      </dl>
    </section>
  );
}
