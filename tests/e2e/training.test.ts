import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadModelCourse, type Question } from '@qorgau/training';
import type { Locator, Page } from 'playwright-core';
import { phoneContextOptions, signIn, startServerAndBrowser } from '../support/e2e-steps.js';

const WAIT = 30_000;

const world = startServerAndBrowser();

// The server never sends the right answers before submission; the test knows them from the templates.
const course = loadModelCourse();
const questions = new Map<string, Question>(
  [...course.questionBank, ...course.modules.flatMap((module) => module.checks)].map((question) => [
    question.id,
    question,
  ]),
);

function questionOf(id: string | null): Question {
  const question = id ? questions.get(id) : undefined;
  if (!question) throw new Error(`question ${id} is not in the model course`);
  return question;
}

/** Ticks the right options of a question, or on purpose one wrong option only. */
async function answer(fieldset: Locator, right: boolean) {
  const question = questionOf(await fieldset.getAttribute('data-question-id'));
  const wrong = question.options.find((option) => !question.correct.includes(option.id));
  const chosen = right ? question.correct : [wrong?.id ?? ''];
  for (const optionId of chosen) {
    await fieldset.locator(`[data-testid="option"][data-option-id="${optionId}"]`).check();
  }
}

async function answerQuiz(page: Page, right: boolean) {
  const form = page.getByTestId('quiz-form');
  await form.waitFor({ timeout: WAIT });
  const fieldsets = form.getByTestId('quiz-question');
  const count = await fieldsets.count();
  expect(count).toBe(Math.min(course.questionsPerAttempt, course.questionBank.length));
  for (let index = 0; index < count; index++) await answer(fieldsets.nth(index), right);
  await page.getByTestId('quiz-submit').click();
}

/** The demo seed has already assigned this year's course to everyone; HR sees it in the list. */
async function seededAssignment(page: Page) {
  await page.goto(`${world.server.url}/hr/training?tab=assignments`);
  await page.getByTestId('assignment-row').filter({ hasText: course.title.ru }).waitFor({ timeout: WAIT });
}

/** Every module in Russian: its text, one short check answered, then "read, continue". */
async function readModules(page: Page) {
  await page.getByTestId('nav-my-training').click();
  await page.waitForURL(/\/my-training$/);
  await page.getByTestId('course-language-ru').click();
  await page.locator('[data-testid="course-language-ru"][aria-pressed="true"]').waitFor();
  const modules = page.getByTestId('course-module');
  await modules.first().waitFor();
  const moduleCount = await modules.count();
  await page.getByTestId('course-resume').click();
  for (let index = 0; index < moduleCount; index++) {
    await page.getByTestId('module-text').waitFor();
    if (index === 0) {
      // The language can change mid-course: a look at the Kazakh text, then back to Russian.
      await page.getByTestId('course-language-kk').click();
      await page.locator('[data-testid="module-text"] .markdown[lang="kk"]').waitFor();
      await page.getByTestId('course-language-ru').click();
      await page.locator('[data-testid="module-text"] .markdown[lang="ru"]').waitFor();
    }
    const check = page.getByTestId('module-check').first();
    if ((await check.count()) > 0) {
      await answer(check.getByTestId('check-question'), true);
      await check.getByTestId('check-submit').click();
      await check.locator('[data-testid="check-feedback"][data-correct="true"]').waitFor();
    }
    const moduleId = await page.getByTestId('module-text').getAttribute('data-module-id');
    await page.getByTestId('module-complete').click();
    await page.waitForURL((url) => !url.pathname.endsWith(`/${moduleId}`));
  }
  await page.waitForURL(/\/my-training\/quiz$/);
}

function pdfsig(bytes: Buffer): string {
  const dir = mkdtempSync(join(tmpdir(), 'qorgau-certificate-'));
  try {
    const file = join(dir, 'certificate.pdf');
    writeFileSync(file, bytes);
    return spawnSync('pdfsig', [file], { encoding: 'utf8' }).stdout;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

test('on a phone, in Russian, a student fails the quiz once, passes it next time, downloads the certificate; HR sees it', async () => {
  const hrContext = await world.browser.newContext({ locale: 'en-GB' });
  const phoneContext = await world.browser.newContext(phoneContextOptions('ru-RU'));
  try {
    const hr = await hrContext.newPage();
    hr.setDefaultTimeout(WAIT);
    await signIn(hr, world.server.url, world.server.logins.hrOfficer);
    await seededAssignment(hr);

    const phone = await phoneContext.newPage();
    phone.setDefaultTimeout(WAIT);
    await signIn(phone, world.server.url, world.server.logins.member);
    await readModules(phone);

    // First attempt: every answer wrong on purpose.
    await answerQuiz(phone, false);
    const failed = phone.getByTestId('quiz-result');
    await failed.waitFor();
    expect(await failed.getAttribute('data-passed')).toBe('false');
    expect(await phone.getByTestId('quiz-attempts-left').textContent()).toBe(String(course.maxAttempts - 1));
    // After submission, every question comes with its explanation, in Russian.
    const explanations = phone.getByTestId('quiz-explanation');
    expect(await explanations.count()).toBeGreaterThan(0);
    expect(await explanations.first().getAttribute('lang')).toBe('ru');
    const overflow = await phone.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);

    // Second attempt: the right answers.
    await phone.getByTestId('quiz-retry').click();
    await answerQuiz(phone, true);
    await phone.locator('[data-testid="quiz-result"][data-passed="true"]').waitFor();
    expect(await phone.getByTestId('quiz-score').getAttribute('data-score')).toBe('100');

    const download = phone.getByTestId('certificate-download');
    await download.waitFor({ timeout: 60_000 });
    const href = await download.getAttribute('href');
    expect(href).toMatch(/^\/api\/documents\/[^/]+\/pdf$/);
    const pdf = await phone.request.get(`${world.server.url}${href}`);
    expect(pdf.status()).toBe(200);
    expect(pdf.headers()['content-type']).toContain('application/pdf');
    const bytes = await pdf.body();
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdfsig(bytes)).toContain('Signature is Valid.');

    // HR: the tracking table shows the student's completion, with the certificate.
    await hr.goto(`${world.server.url}/hr/training?tab=tracking`);
    await hr.getByTestId('tracking-status').selectOption('completed');
    await hr.getByTestId('tracking-search').fill('андрей ким');
    const row = hr.getByTestId('tracking-row').filter({ hasText: 'Андрей Ким' });
    await row.waitFor();
    expect(await hr.getByTestId('tracking-row').count()).toBe(1);
    expect(await row.getAttribute('data-status')).toBe('completed');
    await row.getByTestId('tracking-certificate').waitFor();

    // Seeded people who failed once still have attempts: no "give another attempt" for them.
    await hr.getByTestId('tracking-search').fill('');
    await hr.getByTestId('tracking-status').selectOption('pending');
    await hr.getByTestId('pagination').waitFor();
    const rows = hr.getByTestId('tracking-row');
    const attempts = await rows.evaluateAll((elements) =>
      elements.map((element) => ({
        used: Number(element.getAttribute('data-attempts')),
        left: Number(element.getAttribute('data-attempts-left')),
        grant: element.querySelector('[data-testid="tracking-grant"]') !== null,
      })),
    );
    expect(attempts).toHaveLength(50);
    expect(attempts.some((row) => row.used > 0 && row.left > 0)).toBe(true);
    expect(attempts.filter((row) => row.grant)).toEqual(attempts.filter((row) => row.left === 0));
  } finally {
    await phoneContext.close();
    await hrContext.close();
  }
}, 180_000);

test('HR records a session, imports attendance by number and by name, adds an own question to a model module, publishes it and switches on the quiz gate', async () => {
  const context = await world.browser.newContext({ locale: 'en-GB' });
  try {
    const hr = await context.newPage();
    hr.setDefaultTimeout(WAIT);
    await signIn(hr, world.server.url, world.server.logins.hrOfficer);
    await hr.goto(`${world.server.url}/hr/training?tab=sessions`);
    const form = hr.getByTestId('session-form');
    await form.getByTestId('session-trainer').fill('Әлия Нұрланқызы');
    await form.getByTestId('session-format').selectOption('in_person');
    await form.getByTestId('session-submit').click();

    // The new session opens with its attendance list: one known number, one line nobody matches.
    const attendance = hr.getByTestId('session-attendance');
    // One known number, one full name as typed on a sign-in sheet, one line nobody matches.
    await attendance.getByTestId('attendance-list').fill('E00002\n  динара  СӘРСЕНБАЕВА\nnobody@example.kz');
    await attendance.getByTestId('attendance-import').click();
    await attendance.getByTestId('attendance-unmatched').getByText('nobody@example.kz').waitFor();
    await attendance.getByTestId('attendance-row').nth(1).waitFor();
    expect(await attendance.getByTestId('attendance-row').count()).toBe(2);
    await hr.getByTestId('session-row').first().waitFor();

    // An own question attached to a model module, then a new course version for learners.
    await hr.getByTestId('training-tab-content').click();
    await hr.getByTestId('question-form-open').click();
    const moduleSelect = hr.getByTestId('question-module');
    const moduleIds = await moduleSelect
      .locator('option')
      .evaluateAll((options) => options.map((option) => (option as HTMLOptionElement).value));
    expect(moduleIds).toEqual(course.modules.map((module) => module.id));
    await moduleSelect.selectOption('support-services');
    const fill = async (testId: string, text: string) => {
      for (const language of ['kk', 'ru', 'en'])
        await hr.getByTestId(`${testId}-${language}`).fill(`${text} (${language})`);
    };
    await fill('question-prompt', 'Where is our hotline number posted?');
    for (const index of [1, 2, 3]) await fill(`question-option-${index}`, `Answer ${index}`);
    await hr.getByTestId('question-option-1-correct').check();
    await fill('question-explanation', 'On the intranet home page.');
    await hr.getByTestId('question-submit').click();
    await hr
      .locator('.training-modules__item')
      .filter({ hasText: /Where is our hotline number posted\?/ })
      .waitFor();
    // The demo organisation starts on version 1 of the course; publishing makes version 2.
    const version = hr.getByTestId('training-course-version');
    await version.filter({ hasText: /\b1\b/ }).waitFor();
    await hr.getByTestId('training-publish-submit').click();
    await version.filter({ hasText: /\b2\b/ }).waitFor();

    await hr.getByTestId('training-tab-settings').click();
    const gate = hr.getByTestId('settings-quiz-gated');
    await gate.check();
    await hr.getByTestId('settings-save').click();
    // The confirmation toast, in whatever language the account uses.
    await hr.getByTestId('toasts').locator('.toast').first().waitFor();
    await hr.reload();
    expect(await hr.getByTestId('settings-quiz-gated').isChecked()).toBe(true);
  } finally {
    await context.close();
  }
}, 90_000);
