import { constants } from 'node:fs';
import { access } from 'node:fs/promises';

export const DEFAULT_CHROMIUM_PATH = '/usr/bin/chromium';

export class ChromiumNotFoundError extends Error {
  constructor(path: string) {
    super(
      `Chromium was not found at ${path}. Install it with ` +
        '`apt-get install -y --no-install-recommends chromium` ' +
        'or point PUPPETEER_EXECUTABLE_PATH at an existing Chromium/Chrome binary.',
    );
    this.name = 'ChromiumNotFoundError';
  }
}

/** Explicit option wins over the environment so tests can force a specific binary. */
export async function resolveChromiumExecutable(explicitPath?: string): Promise<string> {
  const path = explicitPath ?? process.env.PUPPETEER_EXECUTABLE_PATH ?? DEFAULT_CHROMIUM_PATH;
  try {
    await access(path, constants.X_OK);
  } catch {
    throw new ChromiumNotFoundError(path);
  }
  return path;
}
