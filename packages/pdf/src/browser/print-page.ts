import type { Page } from 'puppeteer-core';

/** setContent + print, with the options every Qorgau PDF uses. */
export async function printHtml(page: Page, html: string, timeoutMs = 30_000): Promise<Buffer> {
  await page.setContent(html, { waitUntil: 'load', timeout: timeoutMs });
  // preferCSSPageSize: each template decides its own @page size, orientation and margins.
  const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true, timeout: timeoutMs });
  return Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength);
}
