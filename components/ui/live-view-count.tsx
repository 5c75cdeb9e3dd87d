"use client";

import { formatCount } from "@/lib/format/number";
import { useRecordedView } from "./use-recorded-view";

/** "Đã xem": the rendered total, replaced by the live one once this visitor's view is recorded. */
export function LiveViewCount({ endpoint, initialViews, testId }: { endpoint: string; initialViews: number; testId: string }) {
  const live = useRecordedView<{ views?: unknown }>(endpoint);
  const views = typeof live?.views === "number" ? live.views : initialViews;
  return <span data-testid={testId}>{formatCount(views)}</span>;
}
