import type { DocumentParts } from '../browser/document-shell.js';

/**
 * Splits HTML produced by our layout into the parts printInShell needs. Tenant data is escaped,
 * so it cannot contain the `<head>`/`<body>` tags searched for here; anything before them is ours.
 */
export function splitDocument(html: string, dropFromHead: string): DocumentParts {
  const headStart = html.indexOf('<head>');
  const headEnd = html.indexOf('</head>');
  const bodyOpen = html.indexOf('<body', headEnd);
  const bodyStart = html.indexOf('>', bodyOpen) + 1;
  const bodyEnd = html.lastIndexOf('</body>');
  if (headStart < 0 || headEnd < headStart || bodyOpen < 0 || bodyEnd < bodyStart) {
    throw new Error('not a document produced by the PDF layout');
  }
  return {
    lang: /<html lang="([a-z-]*)"/.exec(html)?.[1] ?? '',
    bodyClass: /class="([^"]*)"/.exec(html.slice(bodyOpen, bodyStart))?.[1] ?? '',
    headHtml: html
      .slice(headStart + '<head>'.length, headEnd)
      .replace('<meta charset="utf-8">', '')
      .replace(dropFromHead, ''),
    bodyHtml: html.slice(bodyStart, bodyEnd),
  };
}
