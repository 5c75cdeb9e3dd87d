import Link from "next/link";
import { SidebarBlock } from "@/components/ui/sidebar-block";
import { formatCount } from "@/lib/format/number";
import { getSiteCounters, type SiteCounters } from "@/lib/stats/site-counters";

// The reference portal's labels, in its order.
const FIGURES: [key: keyof SiteCounters, label: string][] = [
  ["online", "Đang truy cập"],
  ["bots", "Máy chủ tìm kiếm"],
  ["guests", "Khách viếng thăm"],
  ["today", "Hôm nay"],
  ["month", "Tháng hiện tại"],
  ["total", "Tổng lượt truy cập"],
];

/** "Thống kê website": the same figures as GET /api/stats (one shared, few-seconds cache). */
export async function SiteCounterBlock() {
  const counters = await getSiteCounters();
  return (
    <SidebarBlock id="khoi-thong-ke" title="Thống kê website">
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
      <p className="mt-2 text-right text-sm">
        <Link href="/thong-ke" className="text-brand-700 hover:underline">
          Xem thống kê chi tiết
        </Link>
      </p>
    </SidebarBlock>
  );
}
