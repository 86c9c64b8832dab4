import type { HTTPRequest, Page } from 'puppeteer-core';

/**
 * Documents are built from tenant data, so a rendering page must not be able to run scripts or
 * reach any host: a stray <img src="http://..."> could otherwise leak data or probe the internal
 * network. Only inline data: resources (our embedded fonts, QR codes, logos) are allowed.
 */
export async function sandboxPage(page: Page): Promise<void> {
  await page.setJavaScriptEnabled(false);
  await page.setRequestInterception(true);
  page.on('request', handleRequest);
}

function isAllowed(url: string): boolean {
  return url.startsWith('data:') || url === 'about:blank';
}

function handleRequest(request: HTTPRequest): void {
  if (request.isInterceptResolutionHandled()) return;
  // A page closed mid-request rejects these promises; nothing to do about it then.
  const settle = isAllowed(request.url()) ? request.continue() : request.abort('blockedbyclient');
  settle.catch(() => {});
}
