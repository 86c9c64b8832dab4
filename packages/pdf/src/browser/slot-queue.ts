import { BrowserPoolClosedError } from './errors.js';

interface Waiter {
  resolve: () => void;
  reject: (error: Error) => void;
}

/** Counting semaphore with FIFO waiters, so a burst of jobs is served in arrival order. */
export class SlotQueue {
  readonly #capacity: number;
  #inUse = 0;
  #closed = false;
  readonly #waiters: Waiter[] = [];

  constructor(capacity: number) {
    if (!Number.isInteger(capacity) || capacity < 1)
      throw new RangeError('capacity must be a positive integer');
    this.#capacity = capacity;
  }

  get waiting(): number {
    return this.#waiters.length;
  }

  get inUse(): number {
    return this.#inUse;
  }

  acquire(): Promise<void> {
    if (this.#closed) return Promise.reject(new BrowserPoolClosedError());
    if (this.#inUse < this.#capacity) {
      this.#inUse++;
      return Promise.resolve();
    }
    return new Promise((resolve, reject) => this.#waiters.push({ resolve, reject }));
  }

  release(): void {
    const next = this.#waiters.shift();
    // Hand the slot straight to the next waiter so a newcomer cannot overtake it.
    if (next) next.resolve();
    else this.#inUse--;
  }

  close(): void {
    this.#closed = true;
    for (const waiter of this.#waiters.splice(0)) waiter.reject(new BrowserPoolClosedError());
  }
}
