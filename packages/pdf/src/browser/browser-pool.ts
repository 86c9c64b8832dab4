import { availableParallelism } from 'node:os';
import type { Browser, Page } from 'puppeteer-core';
import { BrowserPoolClosedError } from './errors.js';
import { launchBrowser } from './launch-browser.js';
import { printHtml } from './print-page.js';
import { sandboxPage } from './sandbox-page.js';
import { SlotQueue } from './slot-queue.js';
import { withTimeout } from './with-timeout.js';

export interface BrowserPoolOptions {
  /** Pages rendering at the same time. Default: number of CPU cores. */
  size?: number;
  /** Upper bound for one job once it has a page. Default: 30 s. */
  timeoutMs?: number;
  /** Default: PUPPETEER_EXECUTABLE_PATH, else /usr/bin/chromium. */
  executablePath?: string;
  extraArgs?: readonly string[];
  /** Documents printed on one page before it is replaced by a fresh one. Default: 200. */
  jobsPerPage?: number;
}

interface PooledPage {
  page: Page;
  browser: Browser;
  jobs: number;
}

const DEFAULT_TIMEOUT_MS = 30_000;
// Chromium's CPU per document on one page grows steadily (browser and renderer alike: +60 % after
// 900 documents, double after 1,500), so long batches slowed down. A fresh page costs about 0.25 s (font
// shell and fonts), as much as the growth adds over ~150 documents: 200 keeps both near 1 ms each.
const DEFAULT_JOBS_PER_PAGE = 200;
const PROTOCOL_TIMEOUT_MS = 30_000;

/**
 * One Chromium per pool, launched lazily and relaunched after a crash, with a bounded set of
 * reused pages: reusing a page is several times faster than opening one per document, and the
 * bound keeps memory predictable under bursts (extra jobs queue instead).
 */
export class BrowserPool {
  readonly size: number;
  readonly timeoutMs: number;
  readonly jobsPerPage: number;
  readonly #options: BrowserPoolOptions;
  readonly #slots: SlotQueue;
  readonly #idle: PooledPage[] = [];
  #browser: Promise<Browser> | undefined;
  #closed = false;

  constructor(options: BrowserPoolOptions = {}) {
    this.#options = options;
    this.size = options.size ?? availableParallelism();
    this.timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    this.jobsPerPage = options.jobsPerPage ?? DEFAULT_JOBS_PER_PAGE;
    this.#slots = new SlotQueue(this.size);
  }

  /** Jobs waiting for a free page; useful for metrics and back-pressure. */
  get queued(): number {
    return this.#slots.waiting;
  }

  /** PID of the current browser process, if one is running. */
  async browserPid(): Promise<number | undefined> {
    if (!this.#browser) return undefined;
    const browser = await this.#browser.catch(() => undefined);
    return browser?.process()?.pid;
  }

  /**
   * Runs `job` on a sandboxed page (no JavaScript, no network). The page goes back to the pool
   * only if the job succeeded; a failed or timed-out page may be in any state, so it is closed.
   * The timeout covers the job, not a cold browser start, which has its own launch timeout.
   */
  async withPage<T>(job: (page: Page) => Promise<T>): Promise<T> {
    await this.#slots.acquire();
    let pooled: PooledPage | undefined;
    let succeeded = false;
    try {
      pooled = await this.#checkout();
      const { page } = pooled;
      const result = await withTimeout(job(page), this.timeoutMs, () => {
        page.close().catch(() => {});
      });
      succeeded = true;
      return result;
    } finally {
      if (pooled) this.#checkin(pooled, succeeded);
      this.#slots.release();
    }
  }

  /** Prints a complete HTML document to PDF on a pooled page. */
  renderPdf(html: string): Promise<Buffer> {
    return this.runIdempotent((page) => printHtml(page, html, this.timeoutMs));
  }

  /**
   * Like withPage, for jobs that may safely run twice: if the browser died under the job, it is
   * retried once on a fresh browser, so a crash costs one slow document rather than a failure.
   */
  async runIdempotent<T>(job: (page: Page) => Promise<T>): Promise<T> {
    let usedBrowser: Browser | undefined;
    try {
      return await this.withPage((page) => {
        usedBrowser = page.browser();
        return job(page);
      });
    } catch (error) {
      if (this.#closed || !(await this.#browserDiedDuring(error, usedBrowser))) throw error;
      return this.withPage(job);
    }
  }

  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    this.#slots.close();
    this.#idle.length = 0;
    const browser = await this.#browser?.catch(() => undefined);
    this.#browser = undefined;
    await browser?.close().catch(() => {});
  }

  /** Judged by the browser the job ran on: another job may already have relaunched a new one. */
  async #browserDiedDuring(error: unknown, usedBrowser: Browser | undefined): Promise<boolean> {
    if (!(error instanceof Error) || error instanceof BrowserPoolClosedError) return false;
    const browser = usedBrowser ?? (await this.#browser?.catch(() => undefined));
    return browser === undefined || !browser.connected;
  }

  async #checkout(): Promise<PooledPage> {
    while (this.#idle.length > 0) {
      const candidate = this.#idle.pop();
      if (candidate?.browser.connected && !candidate.page.isClosed()) return candidate;
    }
    const browser = await this.#currentBrowser();
    // A background tab is never shown, so Chromium skips painting and rasterising each document
    // for the screen; printing does its own paint. Measured: about a quarter less CPU per document
    // than the shown tab, and less than a shown window with the document hidden from the screen.
    const page = await browser.newPage({ background: true });
    try {
      await sandboxPage(page);
    } catch (error) {
      await page.close().catch(() => {});
      throw error;
    }
    return { page, browser, jobs: 0 };
  }

  #checkin(pooled: PooledPage, succeeded: boolean): void {
    pooled.jobs += 1;
    const reusable = succeeded && pooled.jobs < this.jobsPerPage;
    if (reusable && !this.#closed && pooled.browser.connected && !pooled.page.isClosed()) {
      this.#idle.push(pooled);
      return;
    }
    pooled.page.close().catch(() => {});
  }

  #currentBrowser(): Promise<Browser> {
    if (this.#closed) return Promise.reject(new BrowserPoolClosedError());
    if (!this.#browser) {
      const launching = this.#launch();
      this.#browser = launching;
      const forget = () => {
        if (this.#browser === launching) this.#browser = undefined;
      };
      // After a crash or a failed launch the next checkout starts a fresh browser; idle pages of
      // the dead one are skipped because their browser reports itself disconnected.
      launching.then((browser) => browser.once('disconnected', forget), forget);
    }
    return this.#browser;
  }

  #launch(): Promise<Browser> {
    return launchBrowser({
      executablePath: this.#options.executablePath,
      extraArgs: this.#options.extraArgs,
      // CDP calls get their own generous bound; jobs are bounded by timeoutMs above.
      protocolTimeout: Math.max(this.timeoutMs, PROTOCOL_TIMEOUT_MS),
    });
  }
}

export function createBrowserPool(options: BrowserPoolOptions = {}): BrowserPool {
  return new BrowserPool(options);
}
