import { LANGUAGES, type Language } from '@qorgau/core';
import { useId } from 'react';
import { CopyButton } from '../../components/CopyButton';
import { useI18n } from '../../i18n/I18nProvider';
import { LANGUAGE_AUTONYMS } from '../../i18n/languages';

type Props = { hashes: Record<Language, string>; authoritativeLanguage: Language };

/** The three SHA-256 fingerprints recorded at approval; the authoritative language comes first. */
export function HashList({ hashes, authoritativeLanguage }: Props) {
  const { m } = useI18n();
  const titleId = useId();
  const ordered = [authoritativeLanguage, ...LANGUAGES.filter((code) => code !== authoritativeLanguage)];
  return (
    <section className="card stack" aria-labelledby={titleId} data-testid="policy-hashes">
      <div>
        <h2 id={titleId} className="card__title">
          {m.policy.hashes.title}
        </h2>
        <p className="muted">{m.policy.hashes.intro}</p>
      </div>
      <dl className="facts hash-list">
        {ordered.map((code) => (
          <div key={code} className="hash-list__item">
            <dt>
              {LANGUAGE_AUTONYMS[code]}
              {code === authoritativeLanguage ? (
                <span className="badge badge--info" data-testid="policy-authoritative">
                  {m.policy.authoritative.label}
                </span>
              ) : null}
            </dt>
            <dd className="hash-line">
              <span className="mono hash" data-testid={`policy-hash-${code}`}>
                {hashes[code]}
              </span>
              <CopyButton
                value={hashes[code]}
                label={m.policy.hashes.copy(LANGUAGE_AUTONYMS[code])}
                testId={`copy-hash-${code}`}
                iconOnly
              />
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
