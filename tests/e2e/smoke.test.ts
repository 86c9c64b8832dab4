import type { Page } from 'playwright-core';
import { signIn, startServerAndBrowser, withFreshPage } from '../support/e2e-steps.js';

// From packages/web/src/i18n/kk.ts (people.title). Ұ and ғ exist only in the Kazakh Cyrillic alphabet,
// so seeing this heading proves both the Kazakh dictionary and glyphs outside basic Cyrillic.
const KAZAKH_PEOPLE_TITLE = 'Ұйымдағы адамдар';

const world = startServerAndBrowser();

function htmlLang(page: Page) {
  return page.evaluate(() => document.documentElement.lang);
}

test('an HR officer signs in, switches to Kazakh, and the choice survives a reload', async () => {
  await withFreshPage(world.browser, { locale: 'en-GB' }, async (page) => {
    await signIn(page, world.server.url, world.server.logins.hrOfficer, /\/hr\/people$/);
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
  await withFreshPage(world.browser, { locale: 'en-GB' }, async (page) => {
    await signIn(page, world.server.url, world.server.logins.member, /\/home$/);
    await page.getByTestId('home-policy').getByTestId('empty-state-inline').waitFor();
    // The demo seed assigns the model course to every partner, so the card shows the person's own status.
    await page.getByTestId('home-trainings').getByTestId('home-training-status').waitFor();
  });
}, 60_000);

test('an unknown address shows the not-found page', async () => {
  await withFreshPage(world.browser, { locale: 'en-GB' }, async (page) => {
    await page.goto(`${world.server.url}/no/such/page`);
    await page.getByTestId('not-found').waitFor();
  });
}, 60_000);
