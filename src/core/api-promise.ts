// The promise every wrapper call returns: await it for the data, or `.withResponse()` for the raw Response too.

export interface WithResponse<T> {
  data: T;
  response: Response;
}

/** What every resource call returns: `await` it for the data, or call `.withResponse()` for the `Response` too. */
export class APIPromise<T> implements PromiseLike<T> {
  readonly #inner: Promise<WithResponse<T>>;

  constructor(inner: Promise<WithResponse<T>>) {
    this.#inner = inner;
  }

  /** The data and the HTTP response it came from (status, headers). */
  withResponse(): Promise<WithResponse<T>> {
    return this.#inner;
  }

  // biome-ignore lint/suspicious/noThenProperty: an APIPromise is a thenable on purpose, so `await` works.
  then<A = T, B = never>(
    onFulfilled?: ((value: T) => A | PromiseLike<A>) | null,
    onRejected?: ((reason: unknown) => B | PromiseLike<B>) | null,
  ): Promise<A | B> {
    return this.#inner.then((r) => r.data).then(onFulfilled, onRejected);
  }

  /** As `Promise.prototype.catch`, on the data. */
  catch<B = never>(onRejected?: ((reason: unknown) => B | PromiseLike<B>) | null): Promise<T | B> {
    return this.then(undefined, onRejected);
  }

  /** As `Promise.prototype.finally`, on the data. */
  finally(onFinally?: (() => void) | null): Promise<T> {
    return this.then().finally(onFinally);
  }

  /** Maps the data, keeping the response. */
  map<U>(fn: (data: T, response: Response) => U | Promise<U>): APIPromise<U> {
    return new APIPromise(
      this.#inner.then(async (r) => ({ data: await fn(r.data, r.response), response: r.response })),
    );
  }

  get [Symbol.toStringTag](): string {
    return "APIPromise";
  }
}
