"use client";

import { useEffect, useState } from "react";
import { formatCount } from "@/lib/format/number";

/**
 * A view counter ("Đã xem", "Lượt xem"): the server renders the stored total; the browser then
 * records this visitor's view at `endpoint` (rendering never counts, so cached or prefetched
 * pages and crawlers that run no script do not either) and shows the live total it answers.
 */
export function LiveViewCount({ endpoint, initialViews, testId }: { endpoint: string; initialViews: number; testId: string }) {
  const [views, setViews] = useState(initialViews);
  useEffect(() => {
    const controller = new AbortController();
    fetch(endpoint, { method: "POST", signal: controller.signal })
      .then((response) => (response.ok ? response.json() : null))
      .then((body: { views?: unknown } | null) => {
        if (typeof body?.views === "number") setViews(body.views);
      })
      // A view that could not be recorded leaves the stored total on screen; nothing to tell the reader.
      .catch(() => {});
    return () => controller.abort();
  }, [endpoint]);
  return <span data-testid={testId}>{formatCount(views)}</span>;
}
