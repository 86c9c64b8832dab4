import type { BrowserPool } from '../browser/browser-pool.js';
import type { RenderRequest } from '../schemas/render-request.js';
import { type RenderHtmlOptions, renderDocumentHtml } from './render-html.js';

/** Renders an unsigned PDF. Throws a ZodError when the request or its data is invalid. */
export async function renderDocument(
  request: RenderRequest,
  pool: BrowserPool,
  options: RenderHtmlOptions = {},
): Promise<Buffer> {
  return pool.renderPdf(await renderDocumentHtml(request, options));
}
