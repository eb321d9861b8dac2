import { describe, expect, it } from "vitest";
import { isConnectionRefused, retryAfterMs, retryDelayMs, shouldRetry } from "../../../src/core/retry";

const h = (init: Record<string, string>) => new Headers(init);

describe("shouldRetry: method x status x headers", () => {
  const statuses = [undefined, 400, 401, 404, 408, 409, 422, 429, 500, 502, 503, 504];
  const retryable = new Set([undefined, 408, 429, 502, 503, 504]);

  it.each(["GET", "HEAD", "OPTIONS"])(
    "%s retries connection errors and 408/429/502/503/504 only",
    (method) => {
      for (const status of statuses)
        expect(shouldRetry({ method, status }), `${method} ${status}`).toBe(retryable.has(status));
    },
  );

  it.each(["POST", "PUT", "PATCH", "DELETE"])(
    "%s (a flow run) retries only when nothing was processed",
    (method) => {
      for (const status of statuses) {
        if (status !== undefined) expect(shouldRetry({ method, status }), `${method} ${status}`).toBe(false);
      }
      expect(shouldRetry({ method })).toBe(false); // reset or timeout: the server may have run it
      expect(shouldRetry({ method, refused: true })).toBe(true);
      expect(shouldRetry({ method, status: 429, headers: h({ "retry-after": "1" }) })).toBe(true);
      expect(shouldRetry({ method, status: 503, headers: h({ "retry-after-ms": "10" }) })).toBe(true);
      expect(shouldRetry({ method, status: 502, headers: h({ "retry-after": "1" }) })).toBe(false);
      expect(shouldRetry({ method, status: 504, headers: h({ "retry-after": "1" }) })).toBe(false);
    },
  );

  it("retries a non-idempotent request when the caller opts in", () => {
    expect(shouldRetry({ method: "POST", status: 502, retryNonIdempotent: true })).toBe(true);
    expect(shouldRetry({ method: "POST", retryNonIdempotent: true })).toBe(true);
  });

  it("never retries a streamed request body", () => {
    expect(shouldRetry({ method: "GET", status: 503, streamedBody: true })).toBe(false);
    expect(shouldRetry({ method: "POST", refused: true, streamedBody: true, retryNonIdempotent: true })).toBe(
      false,
    );
  });
});

describe("retryAfterMs", () => {
  const now = Date.parse("2026-11-22T10:00:00Z");
  it("reads seconds, retry-after-ms and HTTP dates, capped at 60 s", () => {
    expect(retryAfterMs(h({ "retry-after": "2" }), now)).toBe(2000);
    expect(retryAfterMs(h({ "retry-after": "1.5" }), now)).toBe(1500);
    expect(retryAfterMs(h({ "retry-after-ms": "250" }), now)).toBe(250);
    expect(retryAfterMs(h({ "retry-after-ms": "250", "retry-after": "9" }), now)).toBe(250);
    expect(retryAfterMs(h({ "retry-after": "Sun, 22 Nov 2026 10:00:05 GMT" }), now)).toBe(5000);
    expect(retryAfterMs(h({ "retry-after": "Sun, 22 Nov 2026 09:00:00 GMT" }), now)).toBe(0);
    expect(retryAfterMs(h({ "retry-after": "3600" }), now)).toBe(60_000);
    expect(retryAfterMs(h({ "retry-after": "soon" }), now)).toBeUndefined();
    expect(retryAfterMs(h({}), now)).toBeUndefined();
  });
});

describe("retryDelayMs", () => {
  it("uses full jitter under 0.5 s x 2^n, capped at 8 s", () => {
    expect(retryDelayMs(1, undefined, () => 0.999)).toBe(499);
    expect(retryDelayMs(2, undefined, () => 0.999)).toBe(999);
    expect(retryDelayMs(3, undefined, () => 0.5)).toBe(1000);
    expect(retryDelayMs(10, undefined, () => 0.999)).toBe(7992);
    expect(retryDelayMs(1, undefined, () => 0)).toBe(0);
  });

  it("honours the server's Retry-After over the backoff", () => {
    expect(retryDelayMs(1, h({ "retry-after": "3" }), () => 0.5)).toBe(3000);
  });
});

describe("isConnectionRefused", () => {
  it("finds ECONNREFUSED in undici's cause chain", () => {
    const error = new TypeError("fetch failed", {
      cause: Object.assign(new Error("connect"), { code: "ECONNREFUSED" }),
    });
    expect(isConnectionRefused(error)).toBe(true);
    expect(isConnectionRefused(new TypeError("fetch failed", { cause: { code: "ECONNRESET" } }))).toBe(false);
  });
});
