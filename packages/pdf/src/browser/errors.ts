export class BrowserPoolClosedError extends Error {
  constructor() {
    super('The browser pool has been closed');
    this.name = 'BrowserPoolClosedError';
  }
}

export class JobTimeoutError extends Error {
  constructor(timeoutMs: number) {
    super(`PDF job did not finish within ${timeoutMs} ms`);
    this.name = 'JobTimeoutError';
  }
}
