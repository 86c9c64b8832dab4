import type { Page } from 'playwright-core';
import {
  approvePolicyVersionOverHttp,
  confirmInDialog,
  fillAdoptionOfficialsAndDates,
  isoDayFromToday,
  openAdoptionForm,
  openPublishForm,
  signIn,
  startServerAndBrowser,
} from '../support/e2e-steps.js';

const WAIT = 30_000;
const IMPORT_ROWS = 20_000;

const world = startServerAndBrowser();

/** The page speaks the HR officer's language, so numbers are compared by their digits. */
function digits(text: string | null): string {
  return (text ?? '').replace(/\D/g, '');
}

async function recordAdoptionWithMinutes(page: Page, versionId: string) {
  const form = await openAdoptionForm(page, world.server.url, versionId, WAIT);
  await form.getByTestId('adoption-meeting-date').fill(isoDayFromToday(-2));
  await form.getByTestId('adoption-minutes').fill('9');
  await form.getByTestId('adoption-place').fill('Алматы');
  const names = ['Әлия Нұрланқызы', 'Борис Ким', 'Ғалым Төлеуов'];
  const members = form.getByTestId('adoption-member');
  for (const [index, name] of names.entries()) {
    await members.nth(index).getByTestId('member-name').fill(name);
    await members.nth(index).getByTestId('member-vote').selectOption('for');
  }
  await fillAdoptionOfficialsAndDates(form, names);
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
  await confirmInDialog(page);
  const minutes = page.getByTestId('adoption-minutes');
  await minutes.getByTestId('minutes-file-name').getByText('protocol-9.pdf').waitFor({ timeout: WAIT });
  const href = (await minutes.getByTestId('minutes-download').getAttribute('href')) ?? '';
  const pdf = await page.request.get(`${world.server.url}${href}`);
  expect(pdf.status()).toBe(200);
  expect((await pdf.body()).subarray(0, 5).toString()).toBe('%PDF-');
}

async function publishToOnePosition(page: Page): Promise<string> {
  const form = await openPublishForm(page, WAIT);
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
  await confirmInDialog(page);
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
  await page.goto(`${world.server.url}/hr/import`);
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
  const versionId = await approvePolicyVersionOverHttp(world.server);
  const context = await world.browser.newContext({ locale: 'en-GB' });
  try {
    const page = await context.newPage();
    page.setDefaultTimeout(WAIT);
    await signIn(page, world.server.url, world.server.logins.hrOfficer);
    await recordAdoptionWithMinutes(page, versionId);
    await publishToOnePosition(page);
    await importWithCorrectedColumns(page);
  } finally {
    await context.close();
  }
}, 180_000);
