import { useEffect, useMemo, useRef } from 'react';

/**
 * The policy as the engine renders it (myPolicy.read). The engine builds the HTML from its own
 * templates and escapes every organisation value and custom text server-side, so only its own small
 * set of tags can occur; nothing typed by a person is interpreted as markup.
 *
 * The page already has its h1, so the document's headings move one level down (title h2, clauses
 * h3) and screen-reader users get one outline. The tags are the engine's, never text: a "<h1>" typed
 * by someone arrives escaped as "&lt;h1&gt;" and is not touched.
 */
function demoteHeadings(html: string): string {
  return html.replace(/<(\/?)h([1-5])(\s|>)/g, (_match, slash: string, level: string, rest: string) => {
    return `<${slash}h${Number(level) + 1}${rest}`;
  });
}

// Enough clauses to fill the first screens; the rest follow one per frame, each a short task.
const FIRST_CLAUSES = 3;
const CLAUSES_PER_FRAME = 1;

/**
 * The whole text is tens of phone screens: laying it out at once blocks the page for a long moment
 * on a slow phone. Later clauses start `hidden` (not laid out) and are revealed in small steps.
 */
function holdLaterClauses(html: string): string {
  let seen = 0;
  return html.replace(/<section(\s|>)/g, (match, rest: string) => {
    seen += 1;
    return seen > FIRST_CLAUSES ? `<section hidden${rest}` : match;
  });
}

/** Renders the text; `onComplete` once every clause is on the page. */
export function PolicyHtml({
  html,
  lang,
  onComplete,
}: {
  html: string;
  lang: string;
  onComplete?: () => void;
}) {
  const prepared = useMemo(() => holdLaterClauses(demoteHeadings(html)), [html]);
  const ref = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const container = ref.current;
    if (!container || !prepared) return;
    let frame = 0;
    const revealNext = () => {
      const held = Array.from(container.querySelectorAll('section[hidden]'));
      for (const clause of held.slice(0, CLAUSES_PER_FRAME)) clause.removeAttribute('hidden');
      if (held.length > CLAUSES_PER_FRAME) frame = window.requestAnimationFrame(revealNext);
      else onComplete?.();
    };
    frame = window.requestAnimationFrame(revealNext);
    return () => window.cancelAnimationFrame(frame);
  }, [prepared, onComplete]);

  return (
    <div
      ref={ref}
      className="portal-text"
      lang={lang}
      data-testid="policy-text"
      // biome-ignore lint/security/noDangerouslySetInnerHtml: engine output, escaped server-side as described above
      dangerouslySetInnerHTML={{ __html: prepared }}
    />
  );
}
