// The one sleep of the SDK (retries, polling, build-event polling): it ends early when the signal fires and
// leaves no timer or listener behind.

/** Resolves after `ms`, or rejects with `signal.reason` as soon as `signal` fires (at once if it already has). */
export function delay(ms: number, { signal }: { signal?: AbortSignal | undefined } = {}): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    signal?.addEventListener("abort", onAbort, { once: true });
  });
}
