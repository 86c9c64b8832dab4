/**
 * HTML produced by the policy engine (preview, new clauses in the diff). The engine builds it from its
 * own templates and escapes every organisation value and custom text, so only p, ul, ol, li, strong,
 * em, span and mark can occur; nothing typed by a person is ever interpreted as markup.
 */
export function EngineHtml({ html, className, lang }: { html: string; className: string; lang?: string }) {
  // biome-ignore lint/security/noDangerouslySetInnerHtml: engine output, escaped as described above
  return <div className={className} lang={lang} dangerouslySetInnerHTML={{ __html: html }} />;
}
