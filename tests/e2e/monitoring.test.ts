import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { type Login, openSignedInPage, PHONE_VIEWPORT, startServerAndBrowser } from '../support/e2e-steps.js';

const WAIT = 30_000;
const LAPTOP = { width: 1366, height: 900 };

const world = startServerAndBrowser();

function signedIn(login: Login, viewport: { width: number; height: number } = LAPTOP): Promise<Page> {
  return openSignedInPage(world, login, { contextOptions: { locale: 'en-GB', viewport }, timeout: WAIT });
}

/** E2E_SCREENSHOT_DIR=/some/dir keeps a full-page picture of each step for looking at the pages. */
async function snapshot(page: Page, name: string) {
  const dir = process.env.E2E_SCREENSHOT_DIR;
  if (dir) await page.screenshot({ path: `${dir}/monitoring-${name}.png`, fullPage: true });
}

function pdfsig(bytes: Buffer): string {
  const dir = mkdtempSync(join(tmpdir(), 'qorgau-donor-'));
  try {
    const file = join(dir, 'donor-report.pdf');
    writeFileSync(file, bytes);
    return spawnSync('pdfsig', [file], { encoding: 'utf8' }).stdout;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

test('project staff open the dashboard, filter to universities, drill into one and download the signed donor report', async () => {
  const page = await signedIn(world.server.logins.projectStaff);
  await page.goto(`${world.server.url}/programme/monitoring`);

  // Every partner on one page: the demo has 10 companies and 5 universities.
  const rows = page.getByTestId('partners-table').getByTestId('partner-row');
  await rows.nth(14).waitFor();
  expect(await rows.count()).toBe(15);
  await page.getByTestId('indicators').getByTestId('indicator-companiesAdopted').waitFor();
  await page.getByTestId('stage-funnel').getByTestId('stage-funnel-svg').waitFor();
  // Each chart has its figures as a table behind it.
  expect(await page.getByTestId('stage-funnel-table').locator('tbody tr').count()).toBe(8);
  expect(await page.getByTestId('stage-funnel-svg').getAttribute('role')).toBe('img');
  expect(await page.getByTestId('stage-funnel-svg').getAttribute('aria-label')).toBeTruthy();
  await snapshot(page, 'dashboard');

  await page.getByTestId('partner-kind-filter').selectOption('university');
  await page.waitForFunction(() => {
    const kinds = Array.from(document.querySelectorAll('[data-testid="partner-row"]')).map((row) =>
      row.getAttribute('data-kind'),
    );
    return kinds.length === 5 && kinds.every((kind) => kind === 'university');
  });

  await rows.first().getByTestId('partner-link').click();
  await page.waitForURL(/\/programme\/monitoring\/[0-9a-f-]{36}$/);
  await page.locator('[data-testid="partner-detail"][data-kind="university"]').waitFor();
  await page.getByTestId('partner-facts').waitFor();
  await page.getByTestId('partner-timeline').waitFor();
  await page.getByTestId('partner-units').waitFor();
  await page.getByTestId('partner-reports').waitFor();
  await snapshot(page, 'partner');

  await page.getByTestId('back-to-partners').click();
  const exports = page.getByTestId('monitoring-exports');
  await exports.getByTestId('donor-language').selectOption('kk');
  await exports.getByTestId('issue-donor-report').click();
  const download = exports.getByTestId('donor-report-download');
  await download.waitFor({ timeout: 60_000 });
  const href = await download.getAttribute('href');
  expect(href).toMatch(/^\/api\/monitoring\/donor-report\/[^/]+\.pdf$/);
  const pdf = await page.request.get(`${world.server.url}${href}`);
  expect(pdf.status()).toBe(200);
  expect(pdf.headers()['content-type']).toContain('application/pdf');
  const bytes = await pdf.body();
  expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
  expect(pdfsig(bytes)).toContain('Signature is Valid.');

  for (const format of ['csv', 'xlsx'] as const) {
    const exported = await page.request.get(
      `${world.server.url}${await exports.getByTestId(`export-${format}`).getAttribute('href')}`,
    );
    expect(exported.status()).toBe(200);
  }
}, 180_000);

test('an HR officer gets field errors for inconsistent counts, submits the quarter, and project staff see it as "<5"', async () => {
  const hr = await signedIn(world.server.logins.hrOfficer);
  await hr.goto(`${world.server.url}/hr/case-reports`);
  const form = hr.getByTestId('case-report-form');
  await form.waitFor();
  await form.getByTestId('case-received').fill('3');
  await form.getByTestId('case-channel-email').fill('2');
  await form.getByTestId('case-type-harassment').fill('3');
  await form.getByTestId('case-acknowledged').fill('4');
  await form.getByTestId('case-submit').click();
  // The browser runs the server's schema: the sums and the limit are named next to their fields.
  await form.getByTestId('case-by-channel').getByTestId('field-error').waitFor();
  expect(await form.getByTestId('field-error').count()).toBeGreaterThanOrEqual(3);
  await snapshot(hr, 'case-report-errors');

  await form.getByTestId('case-channel-email').fill('3');
  await form.getByTestId('case-acknowledged').fill('3');
  await form.getByTestId('case-investigated').fill('2');
  await form.getByTestId('case-responded').fill('3');
  await form.getByTestId('case-outcome-ongoing').fill('1');
  await form.getByTestId('case-median').fill('4');
  await form.getByTestId('case-submit').click();
  await hr.getByTestId('confirm-dialog').getByTestId('confirm-button').click();
  await hr.getByTestId('case-reports-list').getByTestId('case-report-row').first().waitFor();

  const staff = await signedIn(world.server.logins.projectStaff, PHONE_VIEWPORT);
  await staff.goto(`${world.server.url}/programme/monitoring`);
  await staff.getByTestId('partners-table').getByTestId('partner-row').first().waitFor();
  // Usable on a phone: the page itself never scrolls sideways, only wide tables inside their boxes.
  expect(await staff.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1)).toBe(
    true,
  );
  await snapshot(staff, 'dashboard-phone');
  if (process.env.E2E_SCREENSHOT_DIR) {
    for (const id of ['indicators', 'partners-section', 'monitoring-charts', 'monitoring-exports'])
      await staff
        .getByTestId(id)
        .screenshot({ path: `${process.env.E2E_SCREENSHOT_DIR}/monitoring-phone-${id}.png` });
  }
  const me = await hr.evaluate(async () => {
    const response = await fetch('/trpc/auth.me');
    const body = (await response.json()) as { result: { data: { organization: { id: string } } } };
    return body.result.data.organization.id;
  });
  await staff.goto(`${world.server.url}/programme/monitoring/${me}`);
  const matrix = staff.getByTestId('partner-report-matrix');
  await matrix.waitFor();
  await matrix.getByText('<5').first().waitFor();
  await snapshot(staff, 'partner-phone');
  // No cell shows a count under five: the three cases and their breakdown are all suppressed.
  const cells = await matrix.locator('td').allTextContents();
  expect(cells.some((cell) => /^[1-4]$/.test(cell.trim()))).toBe(false);
}, 180_000);
