import type { Language } from '@qorgau/core';
import { useQuery } from '@tanstack/react-query';
import { type RefObject, useCallback, useEffect, useId, useRef, useState } from 'react';
import { trpcClient } from '../../app/client';
import { LanguageSwitch } from '../../components/LanguageSwitch';
import { ErrorState, Loading } from '../../components/States';
import { useI18n } from '../../i18n/I18nProvider';
import { PolicyHtml } from './PolicyText';

/**
 * The text in one language. myPolicy.read is a mutation because the server records the reading,
 * but for the page it is a fetch: a query caches each language, so switching back is instant.
 */
export function usePolicyText(versionId: string, language: Language) {
  return useQuery({
    queryKey: ['myPolicy', 'text', versionId, language],
    queryFn: () => trpcClient.myPolicy.read.mutate({ versionId, language }),
    staleTime: Number.POSITIVE_INFINITY,
  });
}

type ReaderProps = {
  versionId: string;
  language: Language;
  onLanguage: (language: Language) => void;
  /** Called once the end marker has been on screen; absent when re-reading a decided version. */
  onReachedEnd?: () => void;
  reachedEnd: boolean;
};

export function PolicyReader({ versionId, language, onLanguage, onReachedEnd, reachedEnd }: ReaderProps) {
  const { m } = useI18n();
  const text = usePolicyText(versionId, language);
  const articleRef = useRef<HTMLDivElement>(null);
  const readerRef = useRef<HTMLDivElement>(null);
  const contentsId = useId();

  const choose = (next: Language) => {
    // Choosing, even the language already shown, keeps the text in it when the interface changes.
    onLanguage(next);
    if (next === language) return;
    // The new text starts at its beginning; staying scrolled down would count an unread text as read.
    const reader = readerRef.current;
    if (reader && reader.getBoundingClientRect().top < 0) reader.scrollIntoView({ block: 'start' });
  };

  return (
    <div
      ref={readerRef}
      className={text.isPending ? 'portal-reader portal-reader--loading' : 'portal-reader'}
    >
      <LanguageSwitch
        legend={m.portal.reader.language}
        language={language}
        onLanguage={choose}
        testId="text-language"
      />
      {text.isPending ? (
        <Loading label={m.portal.reader.loading} />
      ) : text.isError ? (
        <ErrorState error={text.error} onRetry={() => void text.refetch()} />
      ) : (
        <>
          {text.data.clauses.length > 1 ? (
            <details className="portal-contents">
              <summary className="portal-contents__summary" id={contentsId}>
                {m.portal.reader.contents}
              </summary>
              <ol className="portal-contents__list" aria-labelledby={contentsId} lang={language}>
                {text.data.clauses.map((clause) => (
                  <li key={clause.id}>
                    <a href={`#clause-${clause.id}`}>
                      {clause.number}. {clause.title}
                    </a>
                  </li>
                ))}
              </ol>
            </details>
          ) : null}
          {/* Keyed by language: a fresh end marker per text, so each language must be read to its end. */}
          <PolicyArticle
            key={language}
            articleRef={articleRef}
            html={text.data.html}
            language={language}
            onReachedEnd={onReachedEnd}
            reachedEnd={reachedEnd}
          />
          <ReadingProgress key={language} target={articleRef} reachedEnd={reachedEnd} />
        </>
      )}
    </div>
  );
}

function PolicyArticle({
  articleRef,
  html,
  language,
  onReachedEnd,
  reachedEnd,
}: {
  articleRef: RefObject<HTMLDivElement | null>;
  html: string;
  language: Language;
  onReachedEnd: (() => void) | undefined;
  reachedEnd: boolean;
}) {
  // The end marker only counts once the whole text is on the page: while later clauses are still
  // being added it sits right under the first ones and could be on screen without being reached.
  const [complete, setComplete] = useState(false);
  const onComplete = useCallback(() => setComplete(true), []);
  return (
    <div ref={articleRef} className="portal-article">
      <PolicyHtml html={html} lang={language} onComplete={onComplete} />
      <EndMarker onReached={complete ? onReachedEnd : undefined} reached={reachedEnd} />
    </div>
  );
}

function EndMarker({ onReached, reached }: { onReached: (() => void) | undefined; reached: boolean }) {
  const { m } = useI18n();
  const ref = useRef<HTMLParagraphElement>(null);

  useEffect(() => {
    const marker = ref.current;
    if (!marker || !onReached || reached) return;
    if (typeof IntersectionObserver === 'undefined') {
      // Very old browsers: the marker is at the end of the text, so reaching the form means passing it.
      onReached();
      return;
    }
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((entry) => entry.isIntersecting)) {
        observer.disconnect();
        onReached();
      }
    });
    observer.observe(marker);
    return () => observer.disconnect();
  }, [onReached, reached]);

  return (
    <p ref={ref} className="portal-end" data-testid="policy-end" data-reached={reached}>
      {m.portal.reader.end}
    </p>
  );
}

/**
 * How far down the text the reader is, as a bar that stays at the bottom of the screen while the text
 * is in view. Only this small component re-renders while scrolling, at most once per whole percent.
 */
function ReadingProgress({
  target,
  reachedEnd,
}: {
  target: RefObject<HTMLElement | null>;
  reachedEnd: boolean;
}) {
  const { m, format } = useI18n();
  const [percent, setPercent] = useState(0);

  useEffect(() => {
    let frame = 0;
    const measure = () => {
      frame = 0;
      const element = target.current;
      if (!element) return;
      const rect = element.getBoundingClientRect();
      const seen = (window.innerHeight - rect.top) / Math.max(rect.height, 1);
      setPercent(Math.round(Math.min(1, Math.max(0, seen)) * 100));
    };
    const schedule = () => {
      if (!frame) frame = window.requestAnimationFrame(measure);
    };
    measure();
    window.addEventListener('scroll', schedule, { passive: true });
    window.addEventListener('resize', schedule);
    // The text grows while its later clauses are added: the share read changes without a scroll.
    const resized = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(schedule);
    if (target.current) resized?.observe(target.current);
    return () => {
      resized?.disconnect();
      window.removeEventListener('scroll', schedule);
      window.removeEventListener('resize', schedule);
      if (frame) window.cancelAnimationFrame(frame);
    };
  }, [target]);

  const shown = reachedEnd ? 100 : percent;
  return (
    <div className="portal-progress" data-testid="reading-progress">
      <div
        className="portal-progress__track"
        role="progressbar"
        aria-label={m.portal.reader.progress}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={shown}
        aria-valuetext={reachedEnd ? m.portal.reader.reachedEnd : format.percent(shown / 100)}
      >
        <span className="portal-progress__fill" style={{ width: `${shown}%` }} />
      </div>
      <span className="portal-progress__text">
        {reachedEnd ? (
          <>
            <span aria-hidden="true">✓ </span>
            {m.portal.reader.reachedEnd}
          </>
        ) : (
          m.portal.reader.progressText(format.percent(shown / 100))
        )}
      </span>
    </div>
  );
}
