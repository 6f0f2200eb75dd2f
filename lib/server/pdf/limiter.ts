import "server-only";
import { AppError } from "../errors";

/**
 * At most `concurrency` jobs at once, at most `maxQueue` waiting; beyond that, refuse at once with
 * a clear message. PDF rendering is CPU-heavy: unbounded exports would starve autosave.
 */
export function createLimiter(concurrency: number, maxQueue: number) {
  let active = 0;
  const waiting: (() => void)[] = [];
  const release = () => {
    active -= 1;
    waiting.shift()?.();
  };
  return {
    get active() {
      return active;
    },
    get queued() {
      return waiting.length;
    },
    async run<T>(job: () => Promise<T>): Promise<T> {
      if (active >= concurrency) {
        if (waiting.length >= maxQueue) {
          throw new AppError("EXPORT_BUSY", "Many PDFs are being prepared right now. Please try again in a minute.");
        }
        await new Promise<void>((resolve) => waiting.push(resolve));
      }
      active += 1;
      try {
        return await job();
      } finally {
        release();
      }
    },
  };
}
