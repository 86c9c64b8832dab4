import { startServerAndBrowser, withFreshPage } from '../support/e2e-steps.js';

// From packages/web/src/i18n/{en,kk}.ts (verify.result.notFoundTitle, verify.title). The Kazakh
// strings use Ұ, ә and ғ, letters only the Kazakh Cyrillic alphabet has.
const NOT_FOUND_EN = 'Not found';
const NOT_FOUND_KK = 'Табылмады';
const VERIFY_TITLE_KK = 'Құжатты тексеру';

// Well-formed but never issued: the register answers { found: false }.
const UNKNOWN_ID = 'QRG-0000-0000-0000';

// Each test opens a fresh context: no session cookie, as for someone who scanned the QR code on a paper copy.
const world = startServerAndBrowser();

test('signed out, a QR link to an unknown document says "not found", in English and then in Kazakh', async () => {
  await withFreshPage(world.browser, { locale: 'en-GB' }, async (page) => {
    await page.goto(`${world.server.url}/verify/${UNKNOWN_ID}`);

    const result = page.getByTestId('verify-not-found');
    await result.getByRole('heading', { level: 2, name: NOT_FOUND_EN }).waitFor();
    expect(await result.textContent()).toContain(UNKNOWN_ID);
    // Public: no detour through the sign-in page.
    expect(new URL(page.url()).pathname).toBe(`/verify/${UNKNOWN_ID}`);
    expect(await page.getByTestId('user-menu').count()).toBe(0);

    await page.getByTestId('language-kk').click();
    await result.getByRole('heading', { level: 2, name: NOT_FOUND_KK }).waitFor();
    await page.getByRole('heading', { level: 1, name: VERIFY_TITLE_KK }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('kk');
  });
}, 30_000);

test('the identifier form checks the format, then opens the result page in capitals', async () => {
  await withFreshPage(world.browser, { locale: 'en-GB' }, async (page) => {
    await page.goto(`${world.server.url}/verify`);
    const input = page.getByTestId('verify-id-input');

    await input.fill('QRG-123');
    await page.getByTestId('verify-id-submit').click();
    await page.getByTestId('field-error').waitFor();
    expect(new URL(page.url()).pathname).toBe('/verify');

    await input.fill(UNKNOWN_ID.toLowerCase());
    await page.getByTestId('verify-id-submit').click();
    await page.waitForURL((url) => url.pathname === `/verify/${UNKNOWN_ID}`);
    await page.getByTestId('verify-not-found').waitFor();
  });
}, 30_000);
