// Paged lists: one page type, and one promise that is awaited for a page or iterated for every item.
import { APIPromise } from "./api-promise";

/** One page of a list: Langflow's `{ items, total, page, size, pages }` (1-based `page`). */
export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  size: number;
  pages: number;
}

/**
 * What a paged list call returns: `await` it for one page (`{ items, total, page, size, pages }`), or iterate it
 * with `for await` for every item of that page and the pages after it, each fetched when the previous one is used
 * up:
 *
 * ```ts
 * const first = await lf.flows.list({ size: 20 });          // one page
 * for await (const flow of lf.flows.list({ size: 20 })) {} // every flow, 20 per request
 * ```
 */
export class PagePromise<T> extends APIPromise<Page<T>> implements AsyncIterable<T> {
  readonly #fetch: (page: number) => APIPromise<Page<T>>;

  /** @internal `fetch(n)` gets page `n`; the first one (`first`) is requested at once. */
  constructor(fetch: (page: number) => APIPromise<Page<T>>, first = 1) {
    super(fetch(first).withResponse());
    this.#fetch = fetch;
  }

  /** Every item, from the requested page to the last one. */
  async *[Symbol.asyncIterator](): AsyncIterator<T> {
    let current: Page<T> = await this;
    for (;;) {
      yield* current.items;
      if (current.items.length === 0 || current.page >= current.pages) return;
      current = await this.#fetch(current.page + 1);
    }
  }
}
