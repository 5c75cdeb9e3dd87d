import { afterAll, describe, expect, it } from "vitest";
import { closeDb, getDb } from "@/lib/db/client";
import type { PageHit } from "./page-hit";
import { computeSiteCounters } from "./site-counters";
import { writeHits } from "./write-hits";

// Long before the seeded history, so these rows are this test's alone.
const hit = (at: string, visitorKey: string, path = "/"): PageHit => ({
  at: new Date(at),
  visitorKey,
  botName: null,
  path,
  userAgent: "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36",
  referrerHost: null,
});

afterAll(() => closeDb());

describe("writeHits across Vietnam's midnight at the end of a year", () => {
  it("puts each hit in its Vietnamese day and hour, and keeps the old day's rows when the new one starts", async () => {
    const db = await getDb();
    const reader = "00000000-0000-4000-8000-000000002019";
    // 23:50 and 23:59 on 31 December in Vietnam, then 00:10 on 1 January: one visit, two days.
    await writeHits([hit("2019-12-31T16:50:00Z", reader), hit("2019-12-31T16:59:00Z", reader)], new Date("2019-12-31T16:59:30Z"));
    await writeHits([hit("2019-12-31T17:10:00Z", reader, "/thong-ke")], new Date("2019-12-31T17:10:30Z"));
    // Another browser at 00:20, and the first one again after 40 minutes of silence.
    await writeHits([hit("2019-12-31T17:20:00Z", "00000000-0000-4000-8000-000000002020"), hit("2019-12-31T17:50:00Z", reader)],
      new Date("2019-12-31T17:50:30Z"),
    );

    const days = await db.statsDaily.findMany({ where: { day: { in: ["2019-12-31", "2020-01-01"] } }, orderBy: { day: "asc" } });
    expect(days).toEqual([
      { day: "2019-12-31", visits: 1, pageViews: 2, botHits: 0 },
      { day: "2020-01-01", visits: 2, pageViews: 3, botHits: 0 },
    ]);
    const hours = await db.statsHourly.findMany({ where: { hour: { gte: "2019-12-31T23", lte: "2020-01-01T00" } } });
    expect(hours.map(({ hour, visits, pageViews }) => ({ hour, visits, pageViews }))).toEqual([
      { hour: "2019-12-31T23", visits: 1, pageViews: 2 },
      { hour: "2020-01-01T00", visits: 2, pageViews: 3 },
    ]);

    const counters = await computeSiteCounters(new Date("2019-12-31T17:55:00Z"));
    expect(counters.today).toBe(2);
    expect(counters.month).toBe(2); // January 2020 only: December's visit stays in December
  });
});
