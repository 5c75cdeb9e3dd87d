"use client";

import { useEffect, useState } from "react";
import { formatCount } from "@/lib/format/number";

/**
 * Records the reader's view once the page has loaded (crawlers that do not run scripts are
 * never counted) and shows the live number the server answers with.
 */
export function DocumentViewCounter({ documentId, initialViews }: { documentId: number; initialViews: number }) {
  const [views, setViews] = useState(initialViews);
  useEffect(() => {
    const controller = new AbortController();
    fetch(`/api/documents/${documentId}/views`, { method: "POST", signal: controller.signal })
      .then((response) => (response.ok ? response.json() : null))
      .then((body: { views?: number } | null) => {
        if (typeof body?.views === "number") setViews(body.views);
      })
      .catch(() => {
        // The count is a courtesy; the page reads fine without it.
      });
    return () => controller.abort();
  }, [documentId]);
  return <span data-testid="document-views">{formatCount(views)}</span>;
}
