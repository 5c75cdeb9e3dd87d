// Route handlers and server actions are bundled apart from the public pipeline that owns the
// page cache (instrumentation's bundle), so the two share this flag through globalThis (one Node.js process, one global
// object). Raising it makes the next cached-page request read the change log before
// serving, so the instance that took a write never serves the page it replaced.
const SIGNAL = Symbol.for("portal.page-cache.local-change");
type WithSignal = typeof globalThis & { [SIGNAL]?: boolean };

export function announceLocalContentChange(): void {
  (globalThis as WithSignal)[SIGNAL] = true;
}

/** True once per announced change: the caller is expected to read the change log now. */
export function takeLocalContentChange(): boolean {
  const raised = (globalThis as WithSignal)[SIGNAL] === true;
  (globalThis as WithSignal)[SIGNAL] = false;
  return raised;
}
