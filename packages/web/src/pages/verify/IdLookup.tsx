import { verifyByIdInput } from '@qorgau/core';
import { useQuery } from '@tanstack/react-query';
import { type FormEvent, useEffect, useId, useState } from 'react';
import { navigate } from '../../app/router';
import { useTRPC } from '../../app/trpc';
import { TextField } from '../../components/Field';
import { ErrorState, Loading } from '../../components/States';
import { useI18n } from '../../i18n/I18nProvider';
import { verifyPathFor } from '../../lib/documentLinks';
import { translateFieldMessage } from '../../lib/errors';
import { validate } from '../../lib/validate';
import { VerifiedDocumentCard } from './VerifiedDocumentCard';

/** People paste the whole QR link as often as the identifier; the identifier is its last segment. */
function identifierFrom(text: string): string {
  const trimmed = text.trim();
  return trimmed.includes('/') ? (trimmed.split('/').filter(Boolean).pop() ?? '') : trimmed;
}

export function IdLookupForm({ initial }: { initial: string }) {
  const { m } = useI18n();
  const [value, setValue] = useState(initial);
  const [errorKey, setErrorKey] = useState<string | undefined>();
  const titleId = useId();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const result = validate(verifyByIdInput, { publicId: identifierFrom(value) });
    if (!result.ok) {
      setErrorKey(result.errors.publicId ?? 'invalidDocumentId');
      return;
    }
    setErrorKey(undefined);
    setValue(result.data.publicId);
    navigate(verifyPathFor(result.data.publicId));
  };

  return (
    <section className="card verify-method" aria-labelledby={titleId}>
      <h2 id={titleId} className="card__title">
        {m.verify.byId.title}
      </h2>
      <form className="stack" onSubmit={submit} noValidate data-testid="verify-id-form">
        <TextField
          label={m.verify.byId.label}
          hint={m.verify.byId.hint}
          value={value}
          onValueChange={setValue}
          errorKey={errorKey}
          className="input input--mono"
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          data-testid="verify-id-input"
        />
        <div>
          <button type="submit" className="button button--primary" data-testid="verify-id-submit">
            {m.verify.byId.submit}
          </button>
        </div>
      </form>
    </section>
  );
}

/** The answer for /verify/<publicId>, shown as soon as the page opens (the QR code's target). */
export function IdResult({ publicId }: { publicId: string }) {
  const { m } = useI18n();
  const trpc = useTRPC();
  const checked = validate(verifyByIdInput, { publicId });
  const canonical = checked.ok ? checked.data.publicId : null;
  const result = useQuery(
    trpc.verify.byId.queryOptions(
      { publicId: canonical ?? '' },
      // The register does not change under a reader's eyes; the rate limit is better spent elsewhere.
      { enabled: canonical !== null, staleTime: 5 * 60_000 },
    ),
  );

  // Hand-typed links arrive in lower case; show the identifier the way it is printed.
  useEffect(() => {
    if (canonical && canonical !== publicId) navigate(verifyPathFor(canonical), { replace: true });
  }, [canonical, publicId]);

  if (!checked.ok) {
    return (
      <div className="alert alert--error" role="alert" data-testid="verify-invalid-id">
        <p className="mono">{publicId}</p>
        <p>{translateFieldMessage(m, checked.errors.publicId ?? 'invalidDocumentId')}</p>
      </div>
    );
  }
  if (result.isPending) return <Loading />;
  if (result.isError) return <ErrorState error={result.error} onRetry={() => void result.refetch()} />;
  if (!result.data.found) return <NotFoundCard publicId={checked.data.publicId} />;
  return <VerifiedDocumentCard document={result.data.document} explanation={m.verify.result.genuineById} />;
}

function NotFoundCard({ publicId }: { publicId: string }) {
  const { m } = useI18n();
  const titleId = useId();
  return (
    <section className="card verdict verdict--bad" aria-labelledby={titleId} data-testid="verify-not-found">
      <div className="verdict__head">
        <svg className="verdict__icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
          <circle cx="12" cy="12" r="11" />
          <path d="M12 6.5v7M12 17.2v.3" />
        </svg>
        <h2 id={titleId} className="verdict__title">
          {m.verify.result.notFoundTitle}
        </h2>
      </div>
      <p>{m.verify.result.notFoundText(publicId)}</p>
    </section>
  );
}
