// A visit is a run of page views from one browser with no pause of 30 minutes or more: each
// page view extends it (a sliding window), unlike NukeViet's cookie that expired 30 minutes
// after the first counted hit however active the reader still was.
export const VISIT_GAP_MS = 30 * 60_000;

// Presence older than this is no use: a browser coming back after it starts a new visit anyway,
// so it is removed (rows deleted, Redis entries trimmed and expired) instead of growing by one
// entry per browser forever.
export const PRESENCE_KEPT_MS = 2 * VISIT_GAP_MS;

export type Presence = { lastSeenAt: Date; visitStarts: Date };

/**
 * Slides a visitor's window over new page views (in time order). Returns the page views that
 * begin a new visit and the visitor's presence afterwards. `previous` is what was stored
 * before these hits, or null for a visitor not seen recently.
 */
export function slideVisitWindow(
  previous: Presence | null,
  hitTimes: readonly Date[],
): { visitStartTimes: Date[]; presence: Presence | null } {
  const visitStartTimes: Date[] = [];
  let presence = previous;
  for (const at of hitTimes) {
    if (!presence || at.getTime() - presence.lastSeenAt.getTime() >= VISIT_GAP_MS) {
      visitStartTimes.push(at);
      presence = { lastSeenAt: at, visitStarts: at };
    } else if (at > presence.lastSeenAt) {
      presence = { lastSeenAt: at, visitStarts: presence.visitStarts };
    }
  }
  return { visitStartTimes, presence };
}
