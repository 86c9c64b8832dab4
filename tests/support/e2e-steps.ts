import type { Browser, BrowserContext, BrowserContextOptions, Locator, Page } from 'playwright-core';
import { launchChromium } from './browser.js';
import { HttpClient } from './http-client.js';
import { FILLED_VALUES } from './policy-values.js';
import { startTestServer, type TestServer } from './server.js';

export interface Login {
  email: string;
  password: string;
}

/** A common phone: the staff portal and the course player are built for this first. */
export const PHONE_VIEWPORT = { width: 390, height: 844 };

export function phoneContextOptions(locale = 'en-GB'): BrowserContextOptions {
  return { locale, viewport: PHONE_VIEWPORT, isMobile: true, hasTouch: true };
}

/** The seeded demo server and one Chromium, shared by every test of a file. */
export interface E2eWorld {
  readonly server: TestServer;
  readonly browser: Browser;
  /** Contexts opened for the whole file; closed before the browser. */
  readonly contexts: BrowserContext[];
}

/** Registers the file's beforeAll/afterAll that start and stop the server and the browser. */
export function startServerAndBrowser(): E2eWorld {
  let server: TestServer | undefined;
  let browser: Browser | undefined;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    server = await startTestServer();
    browser = await launchChromium();
  }, 120_000);

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await server?.stop();
  });

  return {
    get server() {
      if (!server) throw new Error('the test server has not started');
      return server;
    },
    get browser() {
      if (!browser) throw new Error('the browser has not started');
      return browser;
    },
    contexts,
  };
}

function leftSignInPage(url: URL): boolean {
  return !url.pathname.startsWith('/signin');
}

/** Signs in through the form and waits for the landing page (by default: anything but the form). */
export async function signIn(
  page: Page,
  baseUrl: string,
  login: Login,
  landing: RegExp | ((url: URL) => boolean) = leftSignInPage,
): Promise<void> {
  await page.goto(`${baseUrl}/signin`);
  await page.getByTestId('signin-email').fill(login.email);
  await page.getByTestId('signin-password').fill(login.password);
  await page.getByTestId('signin-submit').click();
  await page.waitForURL(landing);
}

/** Runs with a page in a fresh context: its own cookies and localStorage, like a new browser profile. */
export async function withFreshPage(
  browser: Browser,
  contextOptions: BrowserContextOptions,
  run: (page: Page) => Promise<void>,
  timeout = 15_000,
): Promise<void> {
  const context = await browser.newContext(contextOptions);
  try {
    const page = await context.newPage();
    page.setDefaultTimeout(timeout);
    await run(page);
  } finally {
    await context.close();
  }
}

/** A page in its own context, kept open until the file ends, already signed in. */
export async function openSignedInPage(
  world: E2eWorld,
  login: Login,
  options: { contextOptions: BrowserContextOptions; timeout: number; landing?: RegExp },
): Promise<Page> {
  const context = await world.browser.newContext(options.contextOptions);
  world.contexts.push(context);
  const page = await context.newPage();
  page.setDefaultTimeout(options.timeout);
  await signIn(page, world.server.url, login, options.landing);
  return page;
}

/** A calendar date relative to today, as the date inputs take it. */
export function isoDayFromToday(offsetDays: number): string {
  return new Date(Date.now() + offsetDays * 86_400_000).toISOString().slice(0, 10);
}

/** Draft, submission and approval over HTTP: the part of the journey other tests cover in the browser. */
export async function approvePolicyVersionOverHttp(server: TestServer): Promise<string> {
  const hr = new HttpClient(server.url);
  await hr.mutation('auth.signIn', server.logins.hrOfficer);
  const me = await hr.query<{ organization: { id: string } | null }>('auth.me');
  const organizationId = me.organization?.id;
  if (!organizationId) throw new Error('the HR officer has no active organisation');
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

export async function confirmInDialog(page: Page): Promise<void> {
  await page.getByTestId('confirm-dialog').getByTestId('confirm-button').click();
}

export async function openAdoptionForm(page: Page, baseUrl: string, versionId: string, timeout: number) {
  await page.goto(`${baseUrl}/hr/adoption/${versionId}`);
  const form = page.getByTestId('adoption-form');
  await form.waitFor({ timeout });
  return form;
}

/** Chair, secretary, dates and the responsible unit: the same for every adoption the tests record. */
export async function fillAdoptionOfficialsAndDates(form: Locator, names: readonly string[]) {
  await form.getByTestId('adoption-chair').fill(names[0] as string);
  await form.getByTestId('adoption-secretary').fill(names[1] as string);
  await form.getByTestId('adoption-effective').fill(isoDayFromToday(-1));
  await form.getByTestId('adoption-deadline').fill(isoDayFromToday(20));
  await form.getByTestId('adoption-responsible').fill('Служба управления персоналом');
}

/** From a recorded adoption to the publish form, with the due date in two weeks. */
export async function openPublishForm(page: Page, timeout: number) {
  await page.getByTestId('adoption-publish').click();
  await page.waitForURL(/\/hr\/campaigns/);
  const form = page.getByTestId('publish-form');
  await form.waitFor({ timeout });
  await form.getByTestId('publish-due').fill(isoDayFromToday(14));
  return form;
}
