import type { BrowserPool } from '../browser/browser-pool.js';
import { printInShell } from '../browser/document-shell.js';
import type { RenderRequest } from '../schemas/render-request.js';
import { documentShell } from './document-shell-html.js';
import { type PreparedDocument, prepareDocument, type RenderHtmlOptions } from './render-html.js';

/** Renders an unsigned PDF. Throws a ZodError when the request or its data is invalid. */
export async function renderDocument(
  request: RenderRequest,
  pool: BrowserPool,
  options: RenderHtmlOptions = {},
): Promise<Buffer> {
  return printPrepared(await prepareDocument(request, options), pool);
}

export function printPrepared(prepared: PreparedDocument, pool: BrowserPool): Promise<Buffer> {
  return pool.runIdempotent((page) => printInShell(page, prepared.parts, documentShell(), pool.timeoutMs));
}
