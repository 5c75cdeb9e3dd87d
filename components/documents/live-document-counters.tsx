"use client";

import { useRecordedView } from "@/components/ui/use-recorded-view";
import { formatCount } from "@/lib/format/number";

type Totals = { views?: unknown; downloads?: unknown };

/** A document page's "Lượt xem | lượt tải": recorded and made live once the page has loaded. */
export function LiveDocumentCounters({ documentId, viewCount, downloadCount }: { documentId: number; viewCount: number; downloadCount: number }) {
  const live = useRecordedView<Totals>(`/api/documents/${documentId}/views`);
  const views = typeof live?.views === "number" ? live.views : viewCount;
  const downloads = typeof live?.downloads === "number" ? live.downloads : downloadCount;
  return (
    <>
      Lượt xem: <span data-testid="document-views">{formatCount(views)}</span> | lượt tải:{" "}
      <span data-testid="document-downloads">{formatCount(downloads)}</span>
    </>
  );
}
