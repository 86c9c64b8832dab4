import type { Page } from 'playwright-core';
import { type Login, openSignedInPage, startServerAndBrowser } from '../support/e2e-steps.js';

// The required details of the model for a company (see tests/policy/review-flow.test.ts FILLED_VALUES).
const TEXTS: Record<string, string> = {
  'organisationName-kk': '«Дала Энерджи» АҚ',
  'organisationName-ru': 'АО «Дала Энерджи»',
  'organisationName-en': 'Dala Energy JSC',
  'responsibleUnit-kk': 'Персоналды басқару қызметі',
  'responsibleUnit-ru': 'Служба управления персоналом',
  'responsibleUnit-en': 'HR department',
  'workersRepresentatives-kk': '«Дала Энерджи» кәсіподағы',
  'workersRepresentatives-ru': 'профсоюз «Дала Энерджи»',
  'workersRepresentatives-en': 'Dala Energy trade union',
  effectiveDate: '2026-01-15',
  ethicsCommissionerName: 'Айгүл Серікқызы',
  ethicsCommissionerEmail: 'ethics@dala.kz',
  ethicsCommissionerPhone: '+7 727 000 00 00',
  reportingEmail: 'report@dala.kz',
  'reportingAddress-kk': 'Абай даңғылы, 1, 105-кабинет',
  'reportingAddress-ru': 'пр. Абая, 1, каб. 105',
  'reportingAddress-en': '1 Abai Ave, room 105',
};

const CUSTOM_CLAUSE = {
  kk: ['Қашықтан жұмыс', 'Ереже **онлайн кездесулерге** де қолданылады.'],
  ru: ['Удалённая работа', 'Политика действует и на **онлайн-встречах**.'],
  en: ['Remote work', 'The policy also applies to **online meetings**.'],
} as const;

const world = startServerAndBrowser();

function signedIn(login: Login, landing: RegExp): Promise<Page> {
  // Each person gets their own browser profile: cookies and localStorage are not shared.
  return openSignedInPage(world, login, {
    contextOptions: { locale: 'en-GB', viewport: { width: 1280, height: 900 } },
    timeout: 15_000,
    landing,
  });
}

/** E2E_SCREENSHOT_DIR=/some/dir keeps a picture of each step for looking at the pages. */
async function snapshot(page: Page, name: string) {
  const dir = process.env.E2E_SCREENSHOT_DIR;
  if (dir) await page.screenshot({ path: `${dir}/policy-review-${name}.png`, fullPage: false });
}

/** Autosave runs a second after the last edit; the indicator says when the server has everything. */
async function saved(page: Page) {
  await page.locator('[data-testid="save-state"][data-state="saved"]').waitFor();
}

async function editorStatus(page: Page, status: string) {
  await page.locator(`[data-testid="policy-editor"][data-status="${status}"]`).waitFor();
}

async function submit(page: Page) {
  await saved(page);
  // Enabled once everything is saved and the compliance check has no blocking problem left.
  await page.locator('[data-testid="policy-submit"]:not([disabled])').waitFor();
  await page.getByTestId('policy-submit').click();
  await page.getByTestId('confirm-dialog').getByTestId('confirm-button').click();
  await editorStatus(page, 'submitted');
}

async function reviewStatus(page: Page, status: string) {
  await page.locator(`[data-testid="review-page"][data-status="${status}"]`).waitFor();
}

test('a policy goes from draft through review and changes to approval with fingerprints', async () => {
  // HR officer: a new draft from the model.
  const hr = await signedIn(world.server.logins.hrOfficer, /\/hr\/people$/);
  await hr.getByTestId('nav-hr-policy').click();
  await hr.waitForURL(/\/hr\/policy$/);
  await hr.getByTestId('policy-start-draft').click();
  await hr.waitForURL(/\/hr\/policy\/[0-9a-f-]{36}$/);
  const versionId = hr.url().split('/').pop() ?? '';
  await editorStatus(hr, 'draft');
  // A fresh draft lacks the organisation's details: compliance blocks submission and says why.
  await hr.getByTestId('submit-blocking').waitFor();
  expect(await hr.getByTestId('policy-submit').isDisabled()).toBe(true);

  for (const [field, value] of Object.entries(TEXTS)) await hr.getByTestId(`variable-${field}`).fill(value);
  await saved(hr);
  await snapshot(hr, '1-values');

  // An optional clause left out, and a clause of the organisation's own after "Confidentiality".
  await hr.getByTestId('policy-tab-clauses').click();
  const annualReview = hr.getByTestId('clause-switch-annual-review');
  expect(await annualReview.isChecked()).toBe(true);
  await annualReview.click();
  expect(await annualReview.isChecked()).toBe(false);
  await hr.getByTestId('clause-add-after-confidentiality').click();
  for (const [language, [title, body]] of Object.entries(CUSTOM_CLAUSE)) {
    await hr.getByTestId(`custom-title-${language}`).fill(title);
    await hr.getByTestId(`custom-body-${language}`).fill(body);
  }
  await hr.getByTestId('custom-clause-save').click();
  const custom = hr.locator('[data-testid^="clause-custom-"]');
  await custom.waitFor();
  expect(await custom.textContent()).toContain(CUSTOM_CLAUSE.ru[0]);
  const customId = ((await custom.getAttribute('data-testid')) ?? '').replace(/^clause-/, '');
  await saved(hr);
  await snapshot(hr, '2-clauses');

  // The comparison with the model shows the own clause added and the optional one left out.
  await hr.getByTestId('policy-tab-diff').click();
  await hr.locator('[data-testid="diff-clause"][data-status="added"]').waitFor();
  await hr
    .locator('[data-testid="diff-clause"][data-status="removed"][data-clause="annual-review"]')
    .waitFor();
  expect(await hr.locator('[data-testid="diff-clause"][data-status="changed"]').count()).toBeGreaterThan(0);
  await snapshot(hr, '3-diff');

  await submit(hr);

  // Programme team: comment on a clause and send the version back.
  const staff = await signedIn(world.server.logins.projectStaff, /\/programme$/);
  await staff.getByTestId('nav-programme-review').click();
  const row = staff.locator(`[data-testid="review-row"][data-version="${versionId}"]`);
  await row.waitFor();
  expect(await row.getAttribute('data-status')).toBe('submitted');
  await row.getByTestId('review-open').click();
  await reviewStatus(staff, 'submitted');
  expect(await staff.getByTestId(`review-custom-${customId}`).textContent()).toContain(CUSTOM_CLAUSE.kk[0]);
  await staff.getByTestId('review-comment-clause').selectOption('confidentiality');
  await staff.getByTestId('review-comment-body').fill('Name who may see the case file.');
  await staff.getByTestId('review-comment-submit').click();
  await staff.getByTestId('review-thread-confidentiality').getByTestId('policy-comment').waitFor();
  await staff.getByTestId('review-decision-note').fill('See the comment on confidentiality.');
  await snapshot(staff, '4-review');
  await staff.getByTestId('review-request-changes').click();
  await staff.getByTestId('confirm-dialog').getByTestId('confirm-button').click();
  await reviewStatus(staff, 'changes_requested');

  // HR officer: reads the request, answers the comment, changes a value and submits again.
  await hr.reload();
  await editorStatus(hr, 'changes_requested');
  expect(await hr.getByTestId('policy-reviewer-note').textContent()).toContain(
    'See the comment on confidentiality.',
  );
  await hr.getByTestId('policy-tab-clauses').click();
  const thread = hr.getByTestId('comments-confidentiality');
  expect(await thread.getByTestId('policy-comment').first().getAttribute('data-side')).toBe('programme');
  await hr.getByTestId('comments-confidentiality-open').click();
  await hr.getByTestId('comments-confidentiality-body').fill('Only the ethics commissioner and the deputy.');
  await hr.getByTestId('comments-confidentiality-send').click();
  await thread.locator('[data-testid="policy-comment"][data-side="organization"]').waitFor();
  await hr.getByTestId('policy-tab-values').click();
  await hr.getByTestId('variable-ethicsCommissionerPhone').fill('+7 727 000 00 01');
  await submit(hr);

  // Programme team: approve.
  await staff.reload();
  await reviewStatus(staff, 'submitted');
  await staff.locator('[data-testid="review-approve"]:not([disabled])').click();
  await staff.getByTestId('confirm-dialog').getByTestId('confirm-button').click();
  await reviewStatus(staff, 'approved');

  // HR officer: the approved version is read only and shows its three SHA-256 fingerprints.
  await hr.reload();
  await editorStatus(hr, 'approved');
  await hr.getByTestId('policy-hashes').waitFor();
  for (const language of ['kk', 'ru', 'en']) {
    expect(await hr.getByTestId(`policy-hash-${language}`).textContent()).toMatch(/^[0-9a-f]{64}$/);
  }
  expect(await hr.getByTestId('policy-authoritative').count()).toBe(1);
  expect(await hr.getByTestId('save-state').getAttribute('data-state')).toBe('readOnly');
  await snapshot(hr, '5-approved');
  await hr.getByTestId('policy-tab-values').click();
  expect(await hr.getByTestId('variable-ethicsCommissionerPhone').getAttribute('readonly')).not.toBeNull();
}, 90_000);
