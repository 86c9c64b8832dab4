import { JobTimeoutError } from './errors.js';

/** Rejects after timeoutMs; the losing promise's later rejection is swallowed, not left unhandled. */
export function withTimeout<T>(work: Promise<T>, timeoutMs: number, onTimeout: () => void): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      onTimeout();
      reject(new JobTimeoutError(timeoutMs));
    }, timeoutMs);
  });
  work.catch(() => {});
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}
