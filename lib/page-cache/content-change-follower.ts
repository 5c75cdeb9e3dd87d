import type { ContentChangeRow } from "./content-changes";

// How far below its last id the follower re-reads: PostgreSQL may make a lower id visible
// after a higher one (ids are drawn at insert, rows appear at commit), and 100 writes
// committing out of order within one read interval is far beyond an office's editors.
const OVERLAP = 100;

type Source = { read(afterId: number): Promise<ContentChangeRow[]>; latestId(): Promise<number> };

/**
 * Follows the shared change log for one instance: every `intervalMs` at most (or at once
 * when asked), reads the rows it has not applied and hands their tags to `onChange`. The
 * first read only finds its place: the cache it serves is empty then.
 */
export class ContentChangeFollower {
  private lastId = -1;
  private applied = new Set<number>();
  private lastReadAt = Number.NEGATIVE_INFINITY;
  private reading: Promise<void> | null = null;
  private readingIsAwaited = false;
  private lastFailure: { error: unknown } | null = null;

  constructor(
    private readonly source: Source,
    private readonly onChange: (tags: Set<string>) => void,
    private readonly intervalMs: number,
  ) {}

  /**
   * Resolves once what the log says may be relied on. The first read and a forced one (this
   * instance has just written) are awaited by every caller while they run. The periodic read runs
   * behind the callers, who meanwhile go by what the last read found: a reader of a page held in
   * memory never waits on the database, where the read may queue behind a statistics flush, and
   * readers do not pile up behind one read and all resume at once. Rejects while the last read
   * failed (a cached page could be stale); the next interval tries again.
   */
  async catchUp(now: number, { force = false } = {}): Promise<void> {
    if (force) {
      while (this.reading) await this.reading.catch(() => undefined);
    } else if (this.reading) {
      return this.readingIsAwaited ? this.reading : this.lastReadOutcome();
    }
    const placed = this.lastId >= 0;
    if (force || !placed || now - this.lastReadAt >= this.intervalMs) {
      this.lastReadAt = now;
      this.readingIsAwaited = force || !placed;
      const reading = this.readOnce().then(
        () => {
          this.lastFailure = null;
        },
        (error: unknown) => {
          this.lastFailure = { error };
          throw error;
        },
      );
      this.reading = reading.finally(() => {
        this.reading = null;
      });
      if (this.readingIsAwaited) return this.reading;
      // A periodic read's failure is kept for the callers that come after it.
      this.reading.catch(() => undefined);
    }
    return this.lastReadOutcome();
  }

  private lastReadOutcome(): Promise<void> {
    return this.lastFailure ? Promise.reject(this.lastFailure.error) : Promise.resolve();
  }

  private async readOnce(): Promise<void> {
    const first = this.lastId < 0;
    const from = Math.max(0, (first ? await this.source.latestId() : this.lastId) - OVERLAP);
    const rows = await this.source.read(from);
    const tags = new Set<string>();
    this.lastId = Math.max(this.lastId, from);
    for (const row of rows) {
      if (this.applied.has(row.id)) continue;
      this.applied.add(row.id);
      this.lastId = Math.max(this.lastId, row.id);
      if (!first) tags.add(row.tag);
    }
    for (const id of this.applied) if (id <= this.lastId - OVERLAP) this.applied.delete(id);
    if (tags.size > 0) this.onChange(tags);
  }
}
