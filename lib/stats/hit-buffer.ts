import { logger } from "@/lib/observability/logger";
import type { PageHit } from "./page-hit";
import { presenceStore } from "./presence-store";
import { writeHits } from "./write-hits";

// Page views are written in batches, never while the page waits: the public pipeline appends a
// hit to this in-process buffer and goes on at once; a timer writes everything gathered in the
// last second in one transaction. The state lives on globalThis because the pipeline
// (instrumentation's bundle) and the route handlers are separate bundles (separate module
// instances) in the same Node.js process.
const FLUSH_DELAY_MS = 1000;
// A batch the database refused is put back and retried; beyond this many waiting hits (a
// database down for a long time) the oldest are dropped rather than exhausting memory.
const MAX_PENDING_HITS = 100_000;
const MAX_BATCH = 2000;

type BufferState = { pending: PageHit[]; scheduled: Promise<void> | null; writing: Promise<void> };
const globalForStats = globalThis as typeof globalThis & { portalHitBuffer?: BufferState };
const state = (globalForStats.portalHitBuffer ??= { pending: [], scheduled: null, writing: Promise.resolve() });

/**
 * Queues a page view, written within a second; the server writes what is still queued before it
 * exits (flushHits, on SIGTERM).
 */
export function recordHit(hit: PageHit): void {
  state.pending.push(hit);
  if (state.pending.length > MAX_PENDING_HITS) state.pending.splice(0, state.pending.length - MAX_PENDING_HITS);
  state.scheduled ??= new Promise<void>((resolve) => setTimeout(resolve, FLUSH_DELAY_MS)).then(flushHits);
}

/** Writes everything queued now (tests, shutdown); batches are written one after another. */
export function flushHits(): Promise<void> {
  state.scheduled = null;
  state.writing = state.writing.then(writePending);
  return state.writing;
}

async function writePending(): Promise<void> {
  while (state.pending.length > 0) {
    const batch = state.pending.splice(0, MAX_BATCH);
    try {
      await writeHits(batch, new Date(), presenceStore());
    } catch (error) {
      state.pending.unshift(...batch);
      logger.error("statistics write failed, will retry", { hits: batch.length, error });
      if (!state.scheduled) {
        state.scheduled = new Promise<void>((resolve) => setTimeout(resolve, FLUSH_DELAY_MS * 5)).then(flushHits);
      }
      return;
    }
  }
}
