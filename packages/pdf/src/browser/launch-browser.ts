import puppeteer, { type Browser } from 'puppeteer-core';
import { chromiumArgs } from './chromium-args.js';
import { resolveChromiumExecutable } from './chromium-executable.js';

export interface LaunchOptions {
  executablePath?: string;
  extraArgs?: readonly string[];
  protocolTimeout?: number;
}

/** Headless Chromium with the closed-network flags; used by the pool and by benchmarks. */
export async function launchBrowser(options: LaunchOptions = {}): Promise<Browser> {
  return puppeteer.launch({
    executablePath: await resolveChromiumExecutable(options.executablePath),
    headless: true,
    // Pipes instead of a debugging port: nothing else on the host can attach to the browser.
    pipe: true,
    args: chromiumArgs(options.extraArgs),
    // The host application owns signal handling and calls close() itself.
    handleSIGINT: false,
    handleSIGTERM: false,
    handleSIGHUP: false,
    protocolTimeout: options.protocolTimeout ?? 30_000,
  });
}
