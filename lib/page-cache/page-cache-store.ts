/**
 * A rendered public page as the public pipeline serves it again: its HTML as UTF-8, cut where the
 * placeholder nonce stood, so each answer only joins the pieces around its own nonce.
 */
export type CachedPage = { pieces: readonly Buffer[]; bytes: number; tags: readonly string[]; storedAt: number; expiresAt: number };

/** How many times each tag has been invalidated, captured when a render starts. */
export type TagEpochs = readonly number[];

/**
 * The in-process page store: least recently used first out, bounded in bytes. Invalidating a
 * tag drops the pages carrying it and also spoils renders that started before: such a render
 * may have read the data the change replaced, so `store` refuses it.
 */
export class PageCacheStore {
  private pages = new Map<string, CachedPage>();
  private epochs = new Map<string, number>();
  private bytes = 0;

  constructor(private readonly maxBytes: number) {}

  /**
   * The page kept under `key`, and whether it has passed its time. An expired page stays until its
   * new render replaces it (or `drop`), so readers can be answered with it while that render runs;
   * an invalidated page is gone at once.
   */
  get(key: string, now: number): { page: CachedPage; expired: boolean } | undefined {
    const page = this.pages.get(key);
    if (!page) return undefined;
    this.delete(key);
    this.pages.set(key, page); // now the most recently used
    this.bytes += page.bytes;
    return { page, expired: page.expiresAt <= now };
  }

  drop(key: string): void {
    this.delete(key);
  }

  epochsOf(tags: readonly string[]): TagEpochs {
    return tags.map((tag) => this.epochs.get(tag) ?? 0);
  }

  /** Keeps a render unless one of its tags was invalidated since `epochs` were captured. */
  store(key: string, page: CachedPage, epochs: TagEpochs): boolean {
    if (page.tags.some((tag, index) => (this.epochs.get(tag) ?? 0) !== epochs[index])) return false;
    if (page.bytes > this.maxBytes) return false;
    this.delete(key);
    this.pages.set(key, page);
    this.bytes += page.bytes;
    for (const [oldest] of this.pages) {
      if (this.bytes <= this.maxBytes) break;
      this.delete(oldest);
    }
    return true;
  }

  invalidate(tags: Iterable<string>): void {
    const changed = new Set(tags);
    if (changed.size === 0) return;
    for (const tag of changed) this.epochs.set(tag, (this.epochs.get(tag) ?? 0) + 1);
    for (const [key, page] of this.pages) {
      if (page.tags.some((tag) => changed.has(tag))) this.delete(key);
    }
  }

  get size(): number {
    return this.pages.size;
  }

  private delete(key: string): void {
    const page = this.pages.get(key);
    if (!page) return;
    this.pages.delete(key);
    this.bytes -= page.bytes;
  }
}
