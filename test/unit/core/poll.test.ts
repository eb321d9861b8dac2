import { afterEach, describe, expect, it, vi } from "vitest";
import { APIUserAbortError, JobTimeoutError } from "../../../src/core/errors";
import { pollDelay, pollUntilDone } from "../../../src/core/poll";

afterEach(() => {
  vi.useRealTimers();
});

/** A job that finishes at `finishAt` ms of fake time; counts the checks. */
function fakeJob(finishAt: number) {
  const start = Date.now();
  let checks = 0;
  const check = async () => {
    checks++;
    const elapsed = Date.now() - start;
    const status = elapsed >= finishAt ? "completed" : elapsed > 0 ? "in_progress" : "queued";
    return status === "completed"
      ? { done: true as const, snapshot: { status }, value: `done at ${elapsed}` }
      : { done: false as const, snapshot: { status } };
  };
  return { check, checks: () => checks };
}

describe("pollDelay", () => {
  it("doubles from the interval up to maxInterval, within ±20% jitter", () => {
    expect([0, 1, 2, 3, 4, 5, 6].map((n) => pollDelay(n, 250, 5000, () => 0.5))).toEqual([
      250, 500, 1000, 2000, 4000, 5000, 5000,
    ]);
    expect(pollDelay(0, 250, 5000, () => 0)).toBe(200);
    expect(pollDelay(10, 250, 5000, () => 1)).toBe(6000);
  });
});

describe("pollUntilDone", () => {
  it("a 60 s job with the defaults takes at most 20 checks and resolves within one interval of the end", async () => {
    vi.useFakeTimers();
    const job = fakeJob(60_000);
    const start = Date.now();
    const pending = pollUntilDone(job.check);
    await vi.advanceTimersByTimeAsync(70_000);
    const value = await pending;
    expect(job.checks()).toBeLessThanOrEqual(20);
    const lag = Number(String(value).slice("done at ".length)) - 60_000;
    expect(lag).toBeGreaterThanOrEqual(0);
    expect(lag).toBeLessThanOrEqual(6000); // maxInterval 5 s + 20% jitter
    expect(Date.now() - start).toBeGreaterThanOrEqual(60_000);
  });

  it("calls onStatus once per change", async () => {
    vi.useFakeTimers();
    const job = fakeJob(3000);
    const seen: string[] = [];
    const pending = pollUntilDone(job.check, { onStatus: (s) => seen.push(s.status) });
    await vi.advanceTimersByTimeAsync(10_000);
    await pending;
    expect(seen).toEqual(["queued", "in_progress", "completed"]);
  });

  it("its own timeout rejects with JobTimeoutError", async () => {
    vi.useFakeTimers();
    const pending = pollUntilDone(fakeJob(60_000).check, { timeout: 5000 });
    const assertion = expect(pending).rejects.toBeInstanceOf(JobTimeoutError);
    await vi.advanceTimersByTimeAsync(6000);
    await assertion;
  });

  it("the caller's abort rejects with APIUserAbortError and stops checking", async () => {
    vi.useFakeTimers();
    const job = fakeJob(60_000);
    const controller = new AbortController();
    const pending = pollUntilDone(job.check, { signal: controller.signal });
    const assertion = expect(pending).rejects.toBeInstanceOf(APIUserAbortError);
    await vi.advanceTimersByTimeAsync(1000);
    controller.abort();
    await assertion;
    const checks = job.checks();
    await vi.advanceTimersByTimeAsync(30_000);
    expect(job.checks()).toBe(checks);
    expect(vi.getTimerCount()).toBe(0);
  });

  it("a failing check rejects with its error", async () => {
    await expect(pollUntilDone(async () => Promise.reject(new Error("server gone")))).rejects.toThrow(
      "server gone",
    );
  });
});
