import Link from "next/link";
import { SidebarBlock } from "@/components/ui/sidebar-block";
import { getSiteCounters } from "@/lib/stats/site-counters";
import { LiveSiteCounters } from "./live-site-counters";

/** "Thống kê website": the same figures as GET /api/stats (one shared, few-seconds cache). */
export async function SiteCounterBlock() {
  return (
    <SidebarBlock id="khoi-thong-ke" title="Thống kê website">
      <LiveSiteCounters initial={await getSiteCounters()} />
      <p className="mt-2 text-right text-sm">
        <Link href="/thong-ke" className="text-brand-700 hover:underline">
          Xem thống kê chi tiết
        </Link>
      </p>
    </SidebarBlock>
  );
}
