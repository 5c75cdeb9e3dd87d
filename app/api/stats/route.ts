import { NextResponse } from "next/server";
import { handleRoute } from "@/lib/http/handle-route";
import { getSiteCounters, SITE_COUNTERS_CACHE_CONTROL } from "@/lib/stats/site-counters";

/**
 * The counter block's figures as JSON, cheap to poll: `{ online, bots, guests, today, month, total }`.
 * Polled by every open page, so the public pipeline runs this same handler without entering Next.
 */
export const GET = handleRoute(async () => {
  const counters = await getSiteCounters();
  return NextResponse.json(counters, {
    headers: { "Cache-Control": SITE_COUNTERS_CACHE_CONTROL },
  });
});
