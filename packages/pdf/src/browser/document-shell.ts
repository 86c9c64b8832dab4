import type { Page } from 'puppeteer-core';
import { printToPdf } from './print-to-pdf.js';

/** A rendered document split so that its head and body can be swapped into a reused page. */
export interface DocumentParts {
  lang: string;
  bodyClass: string;
  headHtml: string;
  bodyHtml: string;
}

const SHELL_STYLE_ID = 'qorgau-fonts';

/**
 * Only the print matters: nothing is laid out or painted for the screen, even on a page that is
 * shown (pool pages are background tabs anyway). Fonts therefore no longer load as a side effect
 * of screen layout, which is why printInShell loads them all itself.
 */
const SCREEN_HIDDEN = '@media screen{html{display:none}}';

/** The slice of the DOM that swapDocument touches; the package is not compiled against lib.dom. */
interface ShellElement {
  parentElement: unknown;
  remove(): void;
}
interface ShellDocument {
  getElementById(id: string): ShellElement | null;
  head: { children: ArrayLike<ShellElement>; insertAdjacentHTML(position: 'beforeend', html: string): void };
  documentElement: { lang: string };
  body: { className: string; innerHTML: string };
  images: ArrayLike<{ decode(): Promise<void> }>;
  fonts: Iterable<{ load(): Promise<unknown> }> & { ready: Promise<unknown> };
}
declare const document: ShellDocument;

/**
 * A page that keeps the embedded-font CSS loaded between documents. Sending and parsing several
 * hundred KB of base64 fonts with every setContent was the largest single cost of a render
 * (about 35 % for a certificate); fonts declared once per page cost that once.
 */
export function shellHtml(fontCss: string, contentSecurityPolicy: string): string {
  return (
    '<!doctype html><html><head><meta charset="utf-8">' +
    `<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy}">` +
    `<style id="${SHELL_STYLE_ID}">${fontCss}${SCREEN_HIDDEN}</style></head><body></body></html>`
  );
}

/**
 * Replaces everything but the font style with the new document, then waits for its images and
 * fonts. Runs in the page: setJavaScriptEnabled(false) stops page scripts, not DevTools calls.
 * Returns false when the page does not hold the shell (new page, or it printed other HTML).
 */
function swapDocument(parts: DocumentParts, styleId: string): Promise<boolean> | boolean {
  const fonts = document.getElementById(styleId);
  if (!fonts || fonts.parentElement !== document.head) return false;
  for (const element of Array.from(document.head.children)) {
    if (element !== fonts) element.remove();
  }
  document.documentElement.lang = parts.lang;
  document.head.insertAdjacentHTML('beforeend', parts.headHtml);
  document.body.className = parts.bodyClass;
  document.body.innerHTML = parts.bodyHtml;
  const images = Array.from(document.images).map((image) => image.decode().catch(() => undefined));
  return Promise.all(images)
    .then(() => document.fonts.ready)
    .then(() => true);
}

/**
 * Decodes every face of the shell once per page. Nothing is laid out for the screen any more, so
 * no face loads before the print itself needs it; Chromium happens to decode data: fonts at that
 * point in time, but the PDF must not depend on that (a late face would print in a fallback font).
 */
function loadAllFonts(): Promise<unknown> {
  return Promise.all(Array.from(document.fonts, (face) => face.load()));
}

/** Prints `parts` on a page that holds (or is given) the font shell. */
export async function printInShell(
  page: Page,
  parts: DocumentParts,
  shell: string,
  timeoutMs = 30_000,
): Promise<Buffer> {
  if (!(await page.evaluate(swapDocument, parts, SHELL_STYLE_ID))) {
    await page.setContent(shell, { waitUntil: 'load', timeout: timeoutMs });
    await page.evaluate(loadAllFonts);
    if (!(await page.evaluate(swapDocument, parts, SHELL_STYLE_ID)))
      throw new Error('font shell did not load');
  }
  return printToPdf(page);
}
