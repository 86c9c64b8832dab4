import { phoneContextOptions, signIn, startServerAndBrowser, withFreshPage } from '../support/e2e-steps.js';

// From packages/web/src/i18n/kk.ts (portal.emptyTitle, portal.title). Ә, ң and қ exist only in the
// Kazakh Cyrillic alphabet, so seeing them proves the Kazakh dictionary is the one in use.
const KAZAKH_EMPTY_TITLE = 'Әзірге танысатын ештеңе жоқ';
const KAZAKH_PORTAL_TITLE = 'Қудалауға қарсы саясат';

const world = startServerAndBrowser();

test('on a phone, a staff member opens their policy page and, in Kazakh, is told there is nothing to acknowledge yet', async () => {
  await withFreshPage(world.browser, phoneContextOptions(), async (page) => {
    await signIn(page, world.server.url, world.server.logins.member, /\/home$/);

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
