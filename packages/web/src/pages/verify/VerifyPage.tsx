import { matchPath, useLocation } from '../../app/router';
import { PageHeader } from '../../components/PageHeader';
import { useI18n } from '../../i18n/I18nProvider';
import { VERIFY_DOCUMENT_PATH } from '../../lib/documentLinks';
import { IdLookupForm, IdResult } from './IdLookup';
import { UploadCheck, UploadOutcome, useUploadCheck } from './UploadCheck';

/**
 * Public: /verify offers both checks; /verify/<publicId> (the QR code on every document) shows the
 * answer first. Works signed out and signed in alike, and shows only what the API returns.
 */
export function VerifyPage() {
  const { m } = useI18n();
  const { pathname } = useLocation();
  const publicId = matchPath(VERIFY_DOCUMENT_PATH, pathname)?.publicId ?? null;
  const upload = useUploadCheck();

  return (
    <div className="verify stack stack--large" data-testid="verify-page">
      <PageHeader title={m.verify.title} intro={m.verify.intro} />
      {publicId ? (
        <div className="stack" data-testid="verify-result">
          <IdResult publicId={publicId} />
          <h2 className="verify__another">{m.verify.checkAnother}</h2>
        </div>
      ) : null}
      <div className="verify__methods">
        {/* Keyed so that following another QR link starts the form from that identifier. */}
        <IdLookupForm key={publicId ?? ''} initial={publicId ?? ''} />
        <UploadCheck upload={upload} />
      </div>
      <UploadOutcome upload={upload} />
    </div>
  );
}
