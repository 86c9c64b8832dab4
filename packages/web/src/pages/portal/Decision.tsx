import { useQuery } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState } from 'react';
import { Link } from '../../app/router';
import { useTRPC } from '../../app/trpc';
import { useI18n } from '../../i18n/I18nProvider';
import { LANGUAGE_AUTONYMS, languageOr } from '../../i18n/languages';
import { documentDownloadUrl, verifyPathFor } from '../../lib/documentLinks';
import { PolicyReader } from './PolicyReader';
import type { MyPolicy } from './types';

/** The receipt is rendered in the background; it usually appears within a few seconds. */
const RECEIPT_POLL_MS = 2000;
const RECEIPT_PATIENCE_MS = 60_000;

/** After the decision: what was recorded and when, the receipt, and the text to read again. */
export function DecidedPolicy({ policy, justDecided }: { policy: MyPolicy; justDecided: boolean }) {
  const { m, format, language } = useI18n();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const titleId = useId();
  const acknowledged = policy.status === 'acknowledged';

  useEffect(() => {
    // The form the person used is gone; move focus to what replaced it, so it is also read out.
    if (justDecided) headingRef.current?.focus();
  }, [justDecided]);

  return (
    <div className="stack stack--large">
      <section
        className={acknowledged ? 'card portal-result portal-result--done' : 'card portal-result'}
        aria-labelledby={titleId}
        data-testid="decision"
        data-status={policy.status}
      >
        <h2 id={titleId} ref={headingRef} tabIndex={-1} className="card__title portal-result__title">
          {acknowledged ? (
            <svg className="portal-result__icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
              <circle cx="12" cy="12" r="11" />
              <path d="m7 12.5 3.2 3.2L17 9" />
            </svg>
          ) : null}
          {acknowledged ? m.portal.result.acknowledgedTitle : m.portal.result.refusedTitle}
        </h2>
        <dl className="facts facts--inline">
          <div>
            <dt>{m.portal.result.decidedAt}</dt>
            <dd data-testid="decided-at">{format.dateTime(policy.decidedAt)}</dd>
          </div>
          {policy.language ? (
            <div>
              <dt>{m.portal.result.language}</dt>
              <dd>{LANGUAGE_AUTONYMS[languageOr(policy.language, language)]}</dd>
            </div>
          ) : null}
        </dl>
        {acknowledged ? (
          <Receipt policy={policy} />
        ) : (
          <p className="portal-result__note">{m.portal.result.refusedNote}</p>
        )}
      </section>
      <ReadAgain policy={policy} />
    </div>
  );
}

function Receipt({ policy }: { policy: MyPolicy }) {
  const { m } = useI18n();
  const trpc = useTRPC();
  const titleId = useId();
  const waiting = policy.receipt === null;
  const [patient, setPatient] = useState(true);

  // Stops asking after a minute: a receipt that slow has hit a problem the workers retry on their own.
  // "Check again" makes the page patient again, which starts a fresh minute.
  useEffect(() => {
    if (!waiting || !patient) return;
    const timer = window.setTimeout(() => setPatient(false), RECEIPT_PATIENCE_MS);
    return () => window.clearTimeout(timer);
  }, [waiting, patient]);

  const current = useQuery(
    trpc.myPolicy.current.queryOptions(undefined, {
      refetchInterval: waiting && patient ? RECEIPT_POLL_MS : false,
    }),
  );

  return (
    <div className="portal-receipt" data-testid="receipt">
      <h3 id={titleId} className="portal-receipt__title">
        {m.portal.result.receiptTitle}
      </h3>
      {/* A live region from the start, so the arrival of the receipt is announced. */}
      <div aria-live="polite">
        {policy.receipt ? (
          <div className="stack">
            <p>{m.portal.result.receiptReady}</p>
            <p>
              <span className="muted">{m.portal.result.identifier}: </span>
              <span className="mono nowrap" data-testid="receipt-public-id">
                {policy.receipt.publicId}
              </span>
            </p>
            <div className="portal-actions">
              <a
                href={documentDownloadUrl(policy.receipt.documentId)}
                download={`${policy.receipt.publicId}.pdf`}
                className="button button--primary"
                data-testid="receipt-download"
              >
                {m.portal.result.download}
              </a>
              <Link
                to={verifyPathFor(policy.receipt.publicId)}
                className="button"
                data-testid="receipt-verify"
              >
                {m.portal.result.verify}
              </Link>
            </div>
          </div>
        ) : patient ? (
          <p className="portal-receipt__waiting" data-testid="receipt-pending">
            <span className="spinner" aria-hidden="true" />
            {m.portal.result.receiptPreparing}
          </p>
        ) : (
          <div className="stack">
            <p data-testid="receipt-slow">{m.portal.result.receiptSlow}</p>
            <div>
              <button
                type="button"
                className="button"
                disabled={current.isFetching}
                onClick={() => {
                  setPatient(true);
                  void current.refetch();
                }}
              >
                {m.portal.result.checkAgain}
              </button>
            </div>
          </div>
        )}
      </div>
    </div>
  );
}

/** The decided version stays readable; the reader mounts only when opened, so nothing loads before. */
function ReadAgain({ policy }: { policy: MyPolicy }) {
  const { m, language: interfaceLanguage } = useI18n();
  const [open, setOpen] = useState(false);
  const [language, setLanguage] = useState(() => languageOr(policy.language, interfaceLanguage));
  return (
    <details
      className="card portal-again"
      onToggle={(event) => setOpen(event.currentTarget.open)}
      data-testid="read-again"
    >
      <summary className="portal-again__summary">{m.portal.result.readAgain}</summary>
      {open ? (
        <PolicyReader
          versionId={policy.versionId}
          language={language}
          onLanguage={setLanguage}
          reachedEnd={false}
        />
      ) : null}
    </details>
  );
}
