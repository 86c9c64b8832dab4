import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../support/browser.js';
import { startTestServer, type TestServer } from '../support/server.js';

// From packages/web/src/i18n/kk.ts (portal.emptyTitle, portal.title). Ә, ң and қ exist only in the
// Kazakh Cyrillic alphabet, so seeing them proves the Kazakh dictionary is the one in use.
const KAZAKH_EMPTY_TITLE = 'Әзірге танысатын ештеңе жоқ';
const KAZAKH_PORTAL_TITLE = 'Қудалауға қарсы саясат';

// A common phone: the staff portal is built for this first.
const PHONE = { width: 390, height: 844 };

let server: TestServer;
let browser: Browser;

beforeAll(async () => {
  server = await startTestServer();
  browser = await launchChromium();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

async function withPhone(run: (page: Page) => Promise<void>) {
  const context = await browser.newContext({
    locale: 'en-GB',
    viewport: PHONE,
    isMobile: true,
    hasTouch: true,
  });
  try {
    const page = await context.newPage();
    page.setDefaultTimeout(15_000);
    await run(page);
  } finally {
    await context.close();
  }
}

test('on a phone, a staff member opens their policy page and, in Kazakh, is told there is nothing to acknowledge yet', async () => {
  await withPhone(async (page) => {
    await page.goto(`${server.url}/signin`);
    await page.getByTestId('signin-email').fill(server.logins.member.email);
    await page.getByTestId('signin-password').fill(server.logins.member.password);
    await page.getByTestId('signin-submit').click();
    await page.waitForURL(/\/home$/);

    // The way in that people use: the navigation entry, not a typed address.
    await page.getByTestId('nav-my-policy').click();
    await page.waitForURL(/\/my-policy$/);
    await page.getByTestId('my-policy-page').getByTestId('empty-state').waitFor();

    await page.getByTestId('language-kk').click();
    await page.getByRole('heading', { level: 1, name: KAZAKH_PORTAL_TITLE }).waitFor();
    await page.getByTestId('empty-state').getByText(KAZAKH_EMPTY_TITLE).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('kk');

    // Nothing wider than the screen: no sideways scrolling on a phone.
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
}, 60_000);
