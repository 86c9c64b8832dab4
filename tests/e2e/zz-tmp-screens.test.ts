import { chromium, type Page } from 'playwright-core';
import { startTestServer } from '../support/server.js';

test('screens', async () => {
  const server = await startTestServer();
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
  });
  const shot = async (page: Page, name: string) => {
    await page.waitForTimeout(400);
    await page.screenshot({ path: `/tmp/shots/${name}.png`, fullPage: !['10','13','14','20'].some((p) => name.startsWith(p)) });
  };
  const errors: string[] = [];
  const ctx = async (w: number, h: number) => {
    const c = await browser.newContext({ viewport: { width: w, height: h }, locale: 'en-GB' });
    const p = await c.newPage();
    p.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') errors.push(`${m.type()}: ${m.text()}`);
    });
    p.on('pageerror', (e) => errors.push(String(e)));
    return p;
  };
  const signIn = async (page: Page, l: { email: string; password: string }) => {
    await page.goto(`${server.url}/signin`);
    await page.getByTestId('signin-email').fill(l.email);
    await page.getByTestId('signin-password').fill(l.password);
    await page.getByTestId('signin-submit').click();
  };
  try {
    let page = await ctx(1280, 800);
    await page.goto(`${server.url}/signin`);
    await shot(page, '01-signin');
    await page.getByTestId('signin-submit').click();
    await shot(page, '02-signin-errors');
    await page.getByTestId('signin-email').fill('x@y.kz');
    await page.getByTestId('signin-password').fill('wrongwrongwrong');
    await page.getByTestId('signin-submit').click();
    await page.getByTestId('form-error').waitFor();
    await shot(page, '03-signin-bad');
    await signIn(page, server.logins.projectStaff);
    await page.waitForURL(/programme/);
    await page.getByTestId('organizations-table').waitFor();
    await shot(page, '04-programme');
    await page.getByTestId('new-organization').click();
    await page.getByTestId('organization-bin').fill('123');
    await page.getByTestId('new-organization-submit').click();
    await shot(page, '05-new-org-errors');
    await page.keyboard.press('Escape');
    await page.getByTestId('invite-officer').first().click();
    await page.getByTestId('officer-full-name').fill('Test Officer');
    await page.getByTestId('officer-email').fill('officer@example.kz');
    await page.getByTestId('invite-officer-submit').click();
    await page.waitForTimeout(800);
    await shot(page, '06-after-invite');
    await page.goto(`${server.url}/programme/outbox`);
    await page.getByTestId('outbox-list').waitFor();
    await shot(page, '07-outbox');
    await page.getByTestId('user-menu').locator('summary').click();
    await shot(page, '08-user-menu');
    page = await ctx(1280, 800);
    await signIn(page, server.logins.hrOfficer);
    await page.getByTestId('people-table').waitFor();
    await shot(page, '10-people');
    await page.getByTestId('add-person').click();
    await page.getByTestId('person-submit').click();
    await shot(page, '11-person-dialog');
    await page.keyboard.press('Escape');
    await page.getByTestId('invite-person').first().click();
    await shot(page, '12-invite-person');
    await page.getByTestId('invite-person-submit').click();
    await page.waitForTimeout(800);
    await shot(page, '13-after-invite');
    await page.getByTestId('language-kk').click();
    await shot(page, '14-people-kk');
    await page.goto(`${server.url}/hr/units`);
    await page.getByTestId('units-table').waitFor();
    await shot(page, '15-units');
    await page.getByTestId('rename-unit').first().click();
    await shot(page, '16-rename');
    await page.goto(`${server.url}/hr/invitations`);
    await page.getByTestId('invitations-table').waitFor();
    await shot(page, '17-invitations');
    await page.goto(`${server.url}/programme`);
    await shot(page, '18-forbidden');
    page = await ctx(390, 844);
    await signIn(page, server.logins.hrOfficer);
    await page.getByTestId('people-table').waitFor();
    await shot(page, '20-mobile-people');
    await page.getByTestId('add-person').click();
    await shot(page, '21-mobile-dialog');
    page = await ctx(390, 844);
    await signIn(page, server.logins.member);
    await page.getByTestId('home-policy').waitFor();
    await shot(page, '22-mobile-home');
    await page.goto(`${server.url}/invite?token=abcdefghijklmnopqrstuvwxyz`);
    await page.waitForTimeout(800);
    await shot(page, '23-invite-invalid');
    page = await ctx(1280, 800);
    await signIn(page, server.logins.projectStaff);
    await page.getByTestId('organizations-table').waitFor();
    await page.goto(`${server.url}/programme/outbox`);
    await page.getByTestId('outbox-list').waitFor();
    const href = await page.locator('.outbox__link').first().getAttribute('href');
    const p2 = await ctx(1280, 800);
    await p2.goto((href ?? '').replace('http://localhost:0', server.url));
    await p2.waitForTimeout(1000);
    await shot(p2, '24-invite-page');
    await p2.getByTestId('invite-full-name').fill('Test Officer'); await p2.getByTestId('new-password').fill('short'); await p2.getByTestId('invite-submit').click(); await shot(p2, '25-invite-errors');
    await p2.getByTestId('new-password').fill('a-long-enough-password'); await p2.getByTestId('new-password-repeat').fill('a-long-enough-password'); await p2.getByTestId('invite-submit').click(); await p2.waitForURL(/home/); await p2.getByTestId("home-policy").waitFor(); await shot(p2, '26-after-accept');
    const p3 = await ctx(390, 844); await signIn(p3, server.logins.projectStaff); await p3.getByTestId('organizations-table').waitFor(); await shot(p3, '27-mobile-programme');
    await p3.goto(`${server.url}/hr/people`); await shot(p3, '28-forbidden-mobile');
  } finally {
    console.log(errors.join('\n'));
    await browser.close();
    await server.stop();
  }
}, 180_000);
