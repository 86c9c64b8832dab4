import { useEffect, useId, useState } from 'react';
import { Link } from '../../app/router';
import { useI18n } from '../../i18n/I18nProvider';
import { documentDownloadUrl, verifyPathFor } from '../../lib/documentLinks';

/** The certificate is rendered in the background; it usually appears within a few seconds. */
export const CERTIFICATE_POLL_MS = 2000;
const CERTIFICATE_PATIENCE_MS = 60_000;

export type IssuedCertificate = { documentId: string; publicId: string };

/**
 * True while the page should keep asking for the certificate. It gives up after a minute (a render
 * that slow has hit a problem the workers retry on their own); `renew` starts a fresh minute.
 */
export function useCertificatePatience(waiting: boolean): { patient: boolean; renew: () => void } {
  const [patient, setPatient] = useState(true);
  useEffect(() => {
    if (!waiting || !patient) return;
    const timer = window.setTimeout(() => setPatient(false), CERTIFICATE_PATIENCE_MS);
    return () => window.clearTimeout(timer);
  }, [waiting, patient]);
  return { patient: waiting && patient, renew: () => setPatient(true) };
}

type Props = {
  certificate: IssuedCertificate | null;
  patient: boolean;
  checking: boolean;
  onCheckAgain: () => void;
};

export function CertificateCard({ certificate, patient, checking, onCheckAgain }: Props) {
  const { m } = useI18n();
  const c = m.training.certificate;
  const titleId = useId();
  return (
    <section className="portal-receipt" aria-labelledby={titleId} data-testid="certificate">
      <h3 id={titleId} className="portal-receipt__title">
        {c.title}
      </h3>
      {/* A live region from the start, so the arrival of the certificate is announced. */}
      <div aria-live="polite">
        {certificate ? (
          <div className="stack">
            <p>{c.ready}</p>
            <p>
              <span className="muted">{c.identifier}: </span>
              <span className="mono nowrap" data-testid="certificate-public-id">
                {certificate.publicId}
              </span>
            </p>
            <div className="portal-actions">
              <a
                href={documentDownloadUrl(certificate.documentId)}
                download={`${certificate.publicId}.pdf`}
                className="button button--primary"
                data-testid="certificate-download"
              >
                {c.download}
              </a>
              <Link
                to={verifyPathFor(certificate.publicId)}
                className="button"
                data-testid="certificate-verify"
              >
                {c.verify}
              </Link>
            </div>
          </div>
        ) : patient ? (
          <p className="portal-receipt__waiting" data-testid="certificate-pending">
            <span className="spinner" aria-hidden="true" />
            {c.preparing}
          </p>
        ) : (
          <div className="stack">
            <p data-testid="certificate-slow">{c.slow}</p>
            <div>
              <button type="button" className="button" disabled={checking} onClick={onCheckAgain}>
                {c.checkAgain}
              </button>
            </div>
          </div>
        )}
      </div>
    </section>
  );
}
