import type { Page } from './schemas/common.js';

/**
 * The result of a paged list call: await it for the first page, or iterate it with
 * `for await` to walk every item across pages (the next page is fetched only when
 * the loop gets there, so `break` stops the requests).
 */
export class PagedList<T> implements PromiseLike<Page<T>>, AsyncIterable<T> {
  #first: Promise<Page<T>> | undefined;
  readonly #fetchPage: (cursor: string | undefined) => Promise<Page<T>>;

  constructor(fetchPage: (cursor: string | undefined) => Promise<Page<T>>) {
    this.#fetchPage = fetchPage;
  }

  #firstPage(): Promise<Page<T>> {
    return (this.#first ??= this.#fetchPage(undefined));
  }

  then<A = Page<T>, B = never>(
    onFulfilled?: ((page: Page<T>) => A | PromiseLike<A>) | null,
    onRejected?: ((reason: unknown) => B | PromiseLike<B>) | null,
  ): Promise<A | B> {
    return this.#firstPage().then(onFulfilled, onRejected);
  }

  /** Every page in turn. */
  async *pages(): AsyncGenerator<Page<T>, void, undefined> {
    let page = await this.#firstPage();
    for (;;) {
      yield page;
      if (!page.nextCursor) return;
      page = await this.#fetchPage(page.nextCursor);
    }
  }

  async *[Symbol.asyncIterator](): AsyncGenerator<T, void, undefined> {
    for await (const page of this.pages()) yield* page.items;
  }
}
