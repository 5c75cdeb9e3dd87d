import { formatCount } from "@/lib/format/number";

/** `Lượt xem: 1.234 | lượt tải: 56`, as on the reference portal. */
export function DocumentCounters({ viewCount, downloadCount }: { viewCount: number; downloadCount: number }) {
  return (
    <span className="whitespace-nowrap text-xs text-muted" data-testid="document-counters">
      Lượt xem: <span data-testid="document-views">{formatCount(viewCount)}</span> | lượt tải:{" "}
      <span data-testid="document-downloads">{formatCount(downloadCount)}</span>
    </span>
  );
}
