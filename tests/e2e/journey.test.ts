import type { BrowserContext, Page } from 'playwright-core';
import {
  approvePolicyVersionOverHttp,
  confirmInDialog,
  fillAdoptionOfficialsAndDates,
  isoDayFromToday,
  openAdoptionForm,
  openPublishForm,
  phoneContextOptions,
  signIn,
  startServerAndBrowser,
} from '../support/e2e-steps.js';

const WAIT = 30_000;

const world = startServerAndBrowser();

async function recordAdoption(page: Page, versionId: string) {
  const form = await openAdoptionForm(page, world.server.url, versionId, WAIT);
  await form.getByTestId('adoption-body').selectOption('board_of_directors');
  await form.getByTestId('adoption-meeting-date').fill(isoDayFromToday(-2));
  await form.getByTestId('adoption-minutes').fill('7');
  await form.getByTestId('adoption-place').fill('Алматы, Абай даңғылы, 1');
  const names = ['Әлия Нұрланқызы', 'Борис Ким', 'Ғалым Төлеуов'];
  const members = form.getByTestId('adoption-member');
  await members.nth(names.length - 1).waitFor();
  expect(await members.count()).toBe(names.length);
  for (const [index, name] of names.entries()) {
    const member = members.nth(index);
    await member.getByTestId('member-name').fill(name);
    await member.getByTestId('member-present').check();
    await member.getByTestId('member-vote').selectOption('for');
  }
  await fillAdoptionOfficialsAndDates(form, names);
  await form.getByTestId('adoption-submit').click();
  await confirmInDialog(page);
  await page.getByTestId('adoption-record').waitFor({ timeout: WAIT });
}

async function publish(page: Page) {
  const form = await openPublishForm(page, WAIT);
  await form.getByTestId('publish-audience-everyone').check();
  await form.getByTestId('publish-submit').click();
  await confirmInDialog(page);
  await page.getByTestId('campaign-row').first().waitFor({ timeout: WAIT });
  await page.getByTestId('campaign-roster').getByTestId('roster-table').waitFor({ timeout: WAIT });
}

/** On a phone, in Kazakh: read to the end, sign with the name in the directory, get a receipt. */
async function acknowledgeOnPhone(context: BrowserContext) {
  const page = await context.newPage();
  page.setDefaultTimeout(WAIT);
  await signIn(page, world.server.url, world.server.logins.member);
  // The name exactly as the directory has it: the signed-in person's own, from auth.me.
  const fullName = await page.evaluate(async () => {
    const response = await fetch('/trpc/auth.me');
    const body = (await response.json()) as { result: { data: { user: { fullName: string } } } };
    return body.result.data.user.fullName;
  });
  await page.goto(`${world.server.url}/my-policy`);
  await page.getByTestId('acknowledge-form').waitFor();
  await page.getByTestId('text-language-kk').click();
  await page.locator('[data-testid="text-language-kk"][aria-pressed="true"]').waitFor();
  await page.getByTestId('policy-text').waitFor();
  const end = page.getByTestId('policy-end');
  // Scroll in steps like a reader would, then onto the end marker itself.
  await page.evaluate(async () => {
    for (let y = 0; y < document.documentElement.scrollHeight; y += window.innerHeight) {
      window.scrollTo(0, y);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  });
  await end.scrollIntoViewIfNeeded();
  await page.locator('[data-testid="policy-end"][data-reached="true"]').waitFor();

  await page.getByTestId('ack-name').fill(fullName);
  await page.getByTestId('ack-consent').check();
  await page.getByTestId('ack-submit').click();
  await page.getByTestId('decision').waitFor();
  await page.getByTestId('receipt-download').waitFor({ timeout: 45_000 });
  await page.getByTestId('receipt-verify').waitFor();
  return fullName;
}

test('HR adopts and publishes, a staff member acknowledges on a phone in Kazakh, HR sees it and gets the sheet', async () => {
  const versionId = await approvePolicyVersionOverHttp(world.server);

  const hrContext = await world.browser.newContext({ locale: 'en-GB' });
  const phoneContext = await world.browser.newContext(phoneContextOptions());
  try {
    const hr = await hrContext.newPage();
    hr.setDefaultTimeout(WAIT);
    await signIn(hr, world.server.url, world.server.logins.hrOfficer);
    await recordAdoption(hr, versionId);
    await publish(hr);

    const fullName = await acknowledgeOnPhone(phoneContext);

    // Back at HR: the roster shows the acknowledgement with its evidence.
    await hr.getByTestId('roster-refresh').click();
    await hr.getByTestId('roster-filter').selectOption('acknowledged');
    const row = hr.locator('[data-testid^="roster-row-"]', { hasText: fullName });
    await row.waitFor();
    await row.locator('[data-testid="roster-status"][data-status="acknowledged"]').waitFor();
    await row.getByTestId('roster-evidence-toggle').click();
    const evidence = hr.getByTestId('roster-evidence');
    await evidence.getByTestId('evidence-language').getByText('Қазақша').waitFor();
    expect(((await evidence.getByTestId('evidence-sha256').textContent()) ?? '').trim()).toMatch(
      /^[0-9a-f]{64}$/,
    );
    await evidence.getByTestId('evidence-receipt-download').waitFor();

    // The acknowledgement sheet, in Kazakh, is a signed PDF.
    const actions = hr.getByTestId('campaign-actions');
    await actions.getByTestId('sheet-language').selectOption('kk');
    await actions.getByTestId('issue-sheet').click();
    const download = actions.getByTestId('sheet-download');
    await download.waitFor({ timeout: 45_000 });
    const href = await download.getAttribute('href');
    expect(href).toMatch(/^\/api\/documents\/[^/]+\/pdf$/);
    const pdf = await hr.request.get(`${world.server.url}${href}`);
    expect(pdf.status()).toBe(200);
    expect(pdf.headers()['content-type']).toContain('application/pdf');
    expect((await pdf.body()).subarray(0, 5).toString()).toBe('%PDF-');

    const csv = await hr.request.get(
      `${world.server.url}${await actions.getByTestId('export-csv').getAttribute('href')}`,
    );
    expect(csv.status()).toBe(200);
    expect(await csv.text()).toContain(fullName);
  } finally {
    await phoneContext.close();
    await hrContext.close();
  }
}, 120_000);
