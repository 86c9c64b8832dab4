import type { CDPSession, Page } from 'puppeteer-core';

const sessions = new WeakMap<Page, Promise<CDPSession>>();

/**
 * Page.printToPDF with the options page.pdf() sends for our documents, minus two steps that
 * cost a protocol round trip each on every document: waiting for fonts (printInShell has already
 * waited for them) and fetching the result in IO.read chunks (it comes back in the reply itself).
 */
export async function printToPdf(page: Page): Promise<Buffer> {
  let session = sessions.get(page);
  if (!session) {
    session = page.createCDPSession();
    sessions.set(page, session);
  }
  const { data } = await (await session).send('Page.printToPDF', {
    transferMode: 'ReturnAsBase64',
    // @page size and margins in the layouts decide; these are page.pdf()'s defaults otherwise.
    preferCSSPageSize: true,
    printBackground: true,
    paperWidth: 8.5,
    paperHeight: 11,
    marginTop: 0,
    marginBottom: 0,
    marginLeft: 0,
    marginRight: 0,
    scale: 1,
    // Tagged (structured) PDF, as page.pdf() makes it: screen readers can follow the document.
    generateTaggedPDF: true,
  });
  return Buffer.from(data, 'base64');
}
