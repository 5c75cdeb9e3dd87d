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

  constructor(
    private readonly source: Source,
    private readonly onChange: (tags: Set<string>) => void,
    private readonly intervalMs: number,
  ) {}

  /** Resolves once the log has been read recently enough; `now` forces a read that starts after this call. */
  async catchUp(now: number, { force = false } = {}): Promise<void> {
    if (this.reading) {
      if (!force) return this.reading;
      await this.reading.catch(() => undefined);
    }
    if (!force && now - this.lastReadAt < this.intervalMs) return;
    this.lastReadAt = now;
    this.reading = this.readOnce().finally(() => {
      this.reading = null;
    });
    return this.reading;
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
