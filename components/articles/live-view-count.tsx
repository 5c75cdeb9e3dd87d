"use client";

import { useEffect, useState } from "react";
import { formatCount } from "@/lib/format/number";

/**
 * "Đã xem": the server renders the stored total; the browser then records this visitor's
 * view (rendering never counts, so cached or prefetched pages do not either) and shows
 * the live total the server answers.
 */
export function LiveViewCount({ articleId, initialViews }: { articleId: number; initialViews: number }) {
  const [views, setViews] = useState(initialViews);
  useEffect(() => {
    const controller = new AbortController();
    fetch(`/api/articles/${articleId}/views`, { method: "POST", signal: controller.signal })
      .then((response) => (response.ok ? response.json() : null))
      .then((body: { views?: unknown } | null) => {
        if (typeof body?.views === "number") setViews(body.views);
      })
      // A view that could not be recorded leaves the stored total on screen; nothing to tell the reader.
      .catch(() => {});
    return () => controller.abort();
  }, [articleId]);
  return <span data-testid="view-count">{formatCount(views)}</span>;
}
