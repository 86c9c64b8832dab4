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

export function PolicyHtml({ html, lang }: { html: string; lang: string }) {
  return (
    <div
      className="portal-text"
      lang={lang}
      data-testid="policy-text"
      // biome-ignore lint/security/noDangerouslySetInnerHtml: engine output, escaped server-side as described above
      dangerouslySetInnerHTML={{ __html: demoteHeadings(html) }}
    />
  );
}
