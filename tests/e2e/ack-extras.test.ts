import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../support/browser.js';
import { HttpClient } from '../support/http-client.js';
import { FILLED_VALUES } from '../support/policy-values.js';
import { startTestServer, type TestServer } from '../support/server.js';

const WAIT = 30_000;
const IMPORT_ROWS = 20_000;

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

/** The page speaks the HR officer's language, so numbers are compared by their digits. */
function digits(text: string | null): string {
  return (text ?? '').replace(/\D/g, '');
}

function isoDay(offsetDays: number): string {
  return new Date(Date.now() + offsetDays * 86_400_000).toISOString().slice(0, 10);
}

async function signIn(page: Page, login: { email: string; password: string }) {
  await page.goto(`${server.url}/signin`);
  await page.getByTestId('signin-email').fill(login.email);
  await page.getByTestId('signin-password').fill(login.password);
  await page.getByTestId('signin-submit').click();
  await page.waitForURL((url) => !url.pathname.startsWith('/signin'));
}

async function approvedVersion(): Promise<string> {
  const hr = new HttpClient(server.url);
  await hr.mutation('auth.signIn', server.logins.hrOfficer);
  const me = await hr.query<{ organization: { id: string } | null }>('auth.me');
  const organizationId = me.organization?.id ?? '';
  const draft = await hr.mutation<{ id: string; customization: object }>('policy.startDraft', undefined);
  const saved = await hr.mutation<{ revision: number }>('policy.saveDraft', {
    id: draft.id,
    revision: 1,
    customization: { ...draft.customization, values: FILLED_VALUES },
    authoritativeLanguage: 'ru',
  });
  await hr.mutation('policy.submit', { id: draft.id, revision: saved.revision });
  const staff = new HttpClient(server.url);
  await staff.mutation('auth.signIn', server.logins.projectStaff);
  await staff.mutation('review.decide', { organizationId, versionId: draft.id, decision: 'approve' });
  return draft.id;
}

async function recordAdoptionWithMinutes(page: Page, versionId: string) {
  await page.goto(`${server.url}/hr/adoption/${versionId}`);
  const form = page.getByTestId('adoption-form');
  await form.waitFor({ timeout: WAIT });
  await form.getByTestId('adoption-meeting-date').fill(isoDay(-2));
  await form.getByTestId('adoption-minutes').fill('9');
  await form.getByTestId('adoption-place').fill('Алматы');
  const names = ['Әлия Нұрланқызы', 'Борис Ким', 'Ғалым Төлеуов'];
  const members = form.getByTestId('adoption-member');
  for (const [index, name] of names.entries()) {
    await members.nth(index).getByTestId('member-name').fill(name);
    await members.nth(index).getByTestId('member-vote').selectOption('for');
  }
  await form.getByTestId('adoption-chair').fill(names[0] as string);
  await form.getByTestId('adoption-secretary').fill(names[1] as string);
  await form.getByTestId('adoption-effective').fill(isoDay(-1));
  await form.getByTestId('adoption-deadline').fill(isoDay(20));
  await form.getByTestId('adoption-responsible').fill('Служба управления персоналом');
  // A text file is caught before anything is sent; the real scan is then chosen instead.
  await form.getByTestId('minutes-input').setInputFiles({
    name: 'notes.txt',
    mimeType: 'text/plain',
    buffer: Buffer.from('not a scan'),
  });
  await form.getByTestId('minutes-problem').waitFor();
  await form.getByTestId('minutes-input').setInputFiles({
    name: 'protocol-9.pdf',
    mimeType: 'application/pdf',
    buffer: Buffer.from('%PDF-1.4\n% scanned minutes\n%%EOF\n', 'latin1'),
  });
  await form.getByTestId('minutes-chosen').getByText('protocol-9.pdf').waitFor();
  await form.getByTestId('adoption-submit').click();
  await page.getByTestId('confirm-dialog').getByTestId('confirm-button').click();
  const minutes = page.getByTestId('adoption-minutes');
  await minutes.getByTestId('minutes-file-name').getByText('protocol-9.pdf').waitFor({ timeout: WAIT });
  const href = (await minutes.getByTestId('minutes-download').getAttribute('href')) ?? '';
  const pdf = await page.request.get(`${server.url}${href}`);
  expect(pdf.status()).toBe(200);
  expect((await pdf.body()).subarray(0, 5).toString()).toBe('%PDF-');
}

async function publishToOnePosition(page: Page): Promise<string> {
  await page.getByTestId('adoption-publish').click();
  await page.waitForURL(/\/hr\/campaigns/);
  const form = page.getByTestId('publish-form');
  await form.waitFor({ timeout: WAIT });
  await form.getByTestId('publish-due').fill(isoDay(14));
  await form.getByTestId('publish-audience-some').check();
  // Narrowing to nothing is caught in the form.
  await form.getByTestId('publish-submit').click();
  await form.getByTestId('audience-error').waitFor();
  const count = form.getByTestId('publish-audience-count');
  const everyone = (await count.textContent()) ?? '';
  const position = form.getByTestId('publish-positions').locator('label').first();
  const name = ((await position.locator('span').first().textContent()) ?? '').replace(
    /\s*\(\d[\d,\s]*\)$/,
    '',
  );
  await position.locator('input').check();
  await form.getByTestId('publish-kind-employee').check();
  await page.waitForFunction(
    ([selector, before]) => document.querySelector(selector)?.textContent !== before,
    ['[data-testid="publish-audience-count"]', everyone] as const,
  );
  expect(await count.textContent()).toMatch(/\d/);
  await form.getByTestId('publish-submit').click();
  await page.getByTestId('confirm-dialog').getByTestId('confirm-button').click();
  const row = page.getByTestId('campaign-row').first();
  await row.waitFor({ timeout: WAIT });
  await row.getByTestId('campaign-audience').getByText(name, { exact: false }).waitFor();
  return name;
}

async function importWithCorrectedColumns(page: Page) {
  const rows = Array.from(
    { length: IMPORT_ROWS },
    (_, index) => `E2E${String(index).padStart(6, '0')};Импорт Адам ${index};e2e${index}@import.kz;Маман`,
  );
  const csv = ['Таб. код;ФИО;Почта;Примечание', ...rows].join('\r\n');
  await page.goto(`${server.url}/hr/import`);
  await page.getByTestId('import-file-input').setInputFiles({
    name: 'staff.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(csv, 'utf8'),
  });
  const mapping = page.getByTestId('import-mapping');
  await mapping.waitFor({ timeout: WAIT });
  await mapping.getByTestId('mapping-position').selectOption({ label: 'Примечание' });
  await mapping.getByTestId('mapping-number').selectOption({ label: 'Таб. код' });
  await mapping.getByTestId('mapping-changed').waitFor();
  await mapping.getByTestId('mapping-apply').click();
  // The preview comes back with the chosen columns: nothing left to re-check.
  await page
    .locator('[data-testid="import-mapping"] [data-testid="mapping-changed"]')
    .waitFor({ state: 'detached' });
  await page.getByTestId('import-plan').waitFor({ timeout: WAIT });
  expect(await page.getByTestId('mapping-position').inputValue()).toBe('3');
  expect(digits(await page.getByTestId('plan-add').textContent())).toBe(String(IMPORT_ROWS));
  await page.getByTestId('import-apply').click();
  await page.getByTestId('import-progress').waitFor({ timeout: WAIT });
  await page.getByTestId('import-result').waitFor({ timeout: 60_000 });
  expect(digits(await page.getByTestId('result-added').textContent())).toBe(String(IMPORT_ROWS));
}

test('HR attaches the scanned minutes, publishes to one role, and imports with corrected columns and a progress bar', async () => {
  const versionId = await approvedVersion();
  const context = await browser.newContext({ locale: 'en-GB' });
  try {
    const page = await context.newPage();
    page.setDefaultTimeout(WAIT);
    await signIn(page, server.logins.hrOfficer);
    await recordAdoptionWithMinutes(page, versionId);
    await publishToOnePosition(page);
    await importWithCorrectedColumns(page);
  } finally {
    await context.close();
  }
}, 180_000);
