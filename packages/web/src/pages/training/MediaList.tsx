import { useI18n } from '../../i18n/I18nProvider';

export type ShownMedia = { kind: 'image' | 'video'; url: string; caption: string };

/** The content security policy lets the page load images from this site only. */
function sameOrigin(url: string): boolean {
  try {
    return new URL(url, window.location.href).origin === window.location.origin;
  } catch {
    return false;
  }
}

/**
 * Images from this site are shown; videos, and images hosted elsewhere, become link cards that open in
 * a new tab. Embedding third-party players would need the security policy loosened for every page.
 */
export function MediaList({ media, lang }: { media: readonly ShownMedia[]; lang: string }) {
  const { m } = useI18n();
  if (media.length === 0) return null;
  return (
    <div className="training-media">
      {media.map((item) =>
        item.kind === 'image' && sameOrigin(item.url) ? (
          <figure key={item.url} className="training-figure">
            <img src={item.url} alt={item.caption} loading="lazy" />
            <figcaption lang={lang}>{item.caption}</figcaption>
          </figure>
        ) : (
          <a
            key={item.url}
            href={item.url}
            target="_blank"
            rel="noopener noreferrer"
            className="training-link-card"
            data-testid="media-link"
          >
            <span className="training-link-card__kind">
              {item.kind === 'video' ? m.training.module.video : m.training.module.image}
            </span>
            <span className="training-link-card__caption" lang={lang}>
              {item.caption}
            </span>
            <span className="training-link-card__action">{m.training.module.videoOpen}</span>
          </a>
        ),
      )}
    </div>
  );
}
