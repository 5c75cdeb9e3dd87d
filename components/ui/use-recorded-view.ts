"use client";

import { useEffect, useState } from "react";

/**
 * Records this visitor's view at `endpoint` once the page has loaded (rendering never counts,
 * so cached or prefetched pages and crawlers that run no script do not either) and returns the
 * live totals it answers, or null until then or when it could not be recorded.
 */
export function useRecordedView<Totals>(endpoint: string): Totals | null {
  const [totals, setTotals] = useState<Totals | null>(null);
  useEffect(() => {
    const controller = new AbortController();
    fetch(endpoint, { method: "POST", signal: controller.signal })
      .then((response) => (response.ok ? response.json() : null))
      .then((body: Totals | null) => setTotals(body))
      // A view that could not be recorded leaves the rendered totals on screen; nothing to tell the reader.
      .catch(() => {});
    return () => controller.abort();
  }, [endpoint]);
  return totals;
}
