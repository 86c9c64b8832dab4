import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium } from '../support/browser.js';
import { startTestServer, type TestServer } from '../support/server.js';

// From packages/web/src/i18n/kk.ts (people.title). Ұ and ғ exist only in the Kazakh Cyrillic alphabet,
// so seeing this heading proves both the Kazakh dictionary and glyphs outside basic Cyrillic.
const KAZAKH_PEOPLE_TITLE = 'Ұйымдағы адамдар';

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

async function withPage(run: (page: Page) => Promise<void>) {
  // A fresh context per test: its own cookies and localStorage, like a new browser profile.
  const context: BrowserContext = await browser.newContext({ locale: 'en-GB' });
  try {
    const page = await context.newPage();
    page.setDefaultTimeout(15_000);
    await run(page);
  } finally {
    await context.close();
  }
}

async function signIn(page: Page, login: { email: string; password: string }) {
  await page.goto(`${server.url}/signin`);
  await page.getByTestId('signin-email').fill(login.email);
  await page.getByTestId('signin-password').fill(login.password);
  await page.getByTestId('signin-submit').click();
}

function htmlLang(page: Page) {
  return page.evaluate(() => document.documentElement.lang);
}

test('an HR officer signs in, switches to Kazakh, and the choice survives a reload', async () => {
  await withPage(async (page) => {
    await signIn(page, server.logins.hrOfficer);
    await page.waitForURL(/\/hr\/people$/);
    await page.getByTestId('people-table').waitFor();

    await page.getByTestId('language-kk').click();
    await page.getByRole('heading', { level: 1, name: KAZAKH_PEOPLE_TITLE }).waitFor();
    expect(await htmlLang(page)).toBe('kk');
    expect(await page.getByTestId('language-kk').getAttribute('aria-pressed')).toBe('true');

    // The bundled Noto Sans must be served and able to draw the Kazakh-only letters.
    const loadedFaces = await page.evaluate(async () => {
      const faces = await document.fonts.load('600 16px "Noto Sans"', 'әғқңөұүһі');
      return faces.length;
    });
    expect(loadedFaces).toBeGreaterThan(0);

    await page.reload();
    await page.getByTestId('people-table').waitFor();
    await page.getByRole('heading', { level: 1, name: KAZAKH_PEOPLE_TITLE }).waitFor();
    expect(await htmlLang(page)).toBe('kk');
  });
}, 60_000);

test('a staff member lands on their home page with their policy and training sections', async () => {
  await withPage(async (page) => {
    await signIn(page, server.logins.member);
    await page.waitForURL(/\/home$/);
    await page.getByTestId('home-policy').getByTestId('empty-state-inline').waitFor();
    // The demo seed assigns the model course to every partner, so the card shows the person's own status.
    await page.getByTestId('home-trainings').getByTestId('home-training-status').waitFor();
  });
}, 60_000);

test('an unknown address shows the not-found page', async () => {
  await withPage(async (page) => {
    await page.goto(`${server.url}/no/such/page`);
    await page.getByTestId('not-found').waitFor();
  });
}, 60_000);
