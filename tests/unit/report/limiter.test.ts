import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/server/errors";
import { createLimiter } from "@/lib/server/pdf/limiter";

const deferred = () => {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
};

describe("the PDF export limiter", () => {
  it("runs at most `concurrency` jobs, queues a bounded number, and refuses the rest with EXPORT_BUSY", async () => {
    const limiter = createLimiter(2, 1);
    const gates = [deferred(), deferred(), deferred()];
    let running = 0;
    let peak = 0;
    const job = (gate: { promise: Promise<void> }) => async () => {
      running += 1;
      peak = Math.max(peak, running);
      await gate.promise;
      running -= 1;
      return "done";
    };
    const runs = gates.map((gate) => limiter.run(job(gate)));
    await Promise.resolve();
    expect(limiter.active).toBe(2);
    expect(limiter.queued).toBe(1);
    const refused = await limiter.run(async () => "never").catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(AppError);
    expect((refused as AppError).code).toBe("EXPORT_BUSY");
    expect((refused as AppError).status).toBe(503);
    gates.forEach((gate) => gate.resolve());
    expect(await Promise.all(runs)).toEqual(["done", "done", "done"]);
    expect(peak).toBe(2);
    expect(limiter.active).toBe(0);
  });

  it("frees its slot when a job fails", async () => {
    const limiter = createLimiter(1, 0);
    await expect(limiter.run(async () => Promise.reject(new Error("boom")))).rejects.toThrow("boom");
    expect(await limiter.run(async () => 1)).toBe(1);
  });
});
