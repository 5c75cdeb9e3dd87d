"use client";

import { useEffect, useState } from "react";
import { formatCount } from "@/lib/format/number";
import { sendJson } from "@/lib/http/send-json";
import type { SiteCounters } from "@/lib/stats/site-counters";

// The reference portal's labels, in its order.
const FIGURES: [key: keyof SiteCounters, label: string][] = [
  ["online", "Đang truy cập"],
  ["bots", "Máy chủ tìm kiếm"],
  ["guests", "Khách viếng thăm"],
  ["today", "Hôm nay"],
  ["month", "Tháng hiện tại"],
  ["total", "Tổng lượt truy cập"],
];

/**
 * The six figures. The page around them may come from the page cache, so once loaded they
 * are replaced by the live ones from GET /api/stats (itself cached for a few seconds).
 */
export function LiveSiteCounters({ initial }: { initial: SiteCounters }) {
  const [counters, setCounters] = useState(initial);
  useEffect(() => {
    const controller = new AbortController();
    sendJson<SiteCounters>("/api/stats", { method: "GET", signal: controller.signal }).then((result) => {
      if (result.ok) setCounters(result.data);
    });
    return () => controller.abort();
  }, []);
  return (
    <dl className="space-y-1 text-sm">
      {FIGURES.map(([key, label], index) => (
        <div key={key} className={`flex justify-between gap-2 ${index === 3 ? "border-t border-gray-200 pt-1" : ""}`}>
          <dt>{label}</dt>
          <dd className="font-semibold tabular-nums" data-testid={`stat-${key}`}>
            {formatCount(counters[key])}
          </dd>
        </div>
      ))}
    </dl>
  );
}
