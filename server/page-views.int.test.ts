import { afterAll, describe, expect, it } from "vitest";
import { closeDb, getDb } from "@/lib/db/client";
import { vietnamDay } from "@/lib/format/vietnam-time";
import { computeSiteCounters } from "@/lib/stats/site-counters";
import { statsHour } from "@/lib/stats/stats-period";
import { pipelineWithStubNext } from "@/tests/public-pipeline-harness";

const BROWSER = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36";
const GOOGLEBOT = "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)";

// Recording is tested without the page cache: every page goes on to the stand-in for Next.
process.env.PAGE_CACHE_SECONDS = "0";
process.env.NEXTAUTH_URL = "http://sonha.test";

const pipeline = pipelineWithStubNext();

async function visit(path: string, headers: Record<string, string>) {
  return pipeline.request({ method: "GET", url: path, headers: { host: "sonha.test", ...headers } });
}

const settle = () => pipeline.drain();

function visitorCookie(response: Awaited<ReturnType<typeof visit>>) {
  return response.cookies.find((cookie) => cookie.name === "vid");
}

async function todayRow() {
  const db = await getDb();
  const now = new Date();
  const [day, hour, googlebot] = await Promise.all([
    db.statsDaily.findUnique({ where: { day: vietnamDay(now) } }),
    db.statsHourly.findUnique({ where: { hour: statsHour(now) } }),
    db.statsDimensionDaily.findUnique({
      where: { day_dimension_key: { day: vietnamDay(now), dimension: "bot", key: "Googlebot" } },
    }),
  ]);
  return {
    visits: day?.visits ?? 0,
    pageViews: day?.pageViews ?? 0,
    botHits: day?.botHits ?? 0,
    hourPageViews: hour?.pageViews ?? 0,
    googlebot: googlebot?.count ?? 0,
  };
}

afterAll(() => closeDb());

describe("recording page views in the public pipeline", () => {
  it("gives a new browser its cookie, counts one visit, and keeps counting its pages in that visit", async () => {
    const before = await todayRow();
    const first = await visit("/", { "user-agent": BROWSER, referer: "https://www.google.com/search?q=son+ha" });
    const cookie = visitorCookie(first);
    expect(cookie?.value).toMatch(/^[0-9a-f-]{36}$/);
    expect(cookie?.httpOnly).toBe(true);
    // The page rendering sees the new browser's id too.
    expect(pipeline.reachedNext.at(-1)?.headers.cookie).toBe(`vid=${cookie!.value}`);
    await visit("/tin-tuc/kinh-te-xa-hoi", { "user-agent": BROWSER, cookie: `vid=${cookie!.value}` });
    await visit("/tin-tuc/kinh-te-xa-hoi?_rsc=1", {
      "user-agent": BROWSER,
      cookie: `vid=${cookie!.value}`,
      rsc: "1",
      "next-router-prefetch": "1",
    });
    await settle();

    const after = await todayRow();
    expect(after.visits - before.visits).toBe(1);
    expect(after.pageViews - before.pageViews).toBe(2);
    expect(after.hourPageViews - before.hourPageViews).toBe(2);
    const db = await getDb();
    const presence = await db.visitorPresence.findUnique({ where: { visitorId: cookie!.value } });
    expect(presence).toMatchObject({ isBot: false });
    const referrer = await db.statsDimensionDaily.findUnique({
      where: { day_dimension_key: { day: vietnamDay(new Date()), dimension: "referrer", key: "google.com" } },
    });
    expect(referrer?.count).toBeGreaterThanOrEqual(1);
  });

  it("counts a crawler as one bot, never as a visit, however many pages it fetches", async () => {
    const before = await todayRow();
    for (let index = 0; index < 5; index += 1) {
      const response = await visit(`/tin-tuc/page-${index}`, { "user-agent": GOOGLEBOT });
      expect(visitorCookie(response)).toBeUndefined();
    }
    await settle();

    const after = await todayRow();
    expect(after.visits).toBe(before.visits);
    expect(after.pageViews).toBe(before.pageViews);
    expect(after.botHits - before.botHits).toBe(5);
    expect(after.googlebot - before.googlebot).toBe(5);
    const db = await getDb();
    const bots = await db.visitorPresence.findMany({ where: { isBot: true, botName: "Googlebot" } });
    expect(bots.map((row) => row.visitorId)).toEqual(["bot:Googlebot"]);
  });

  it("loses no hit when 250 requests arrive at once", async () => {
    const before = await todayRow();
    const visitors = Array.from({ length: 50 }, (_, index) => `00000000-0000-4000-8000-${String(index).padStart(12, "0")}`);
    await Promise.all(
      Array.from({ length: 250 }, async (_, index) =>
        visit(`/tin-tuc/bai-${index % 7}`, { "user-agent": BROWSER, cookie: `vid=${visitors[index % 50]}` }),
      ),
    );
    await settle();

    const after = await todayRow();
    expect(after.pageViews - before.pageViews).toBe(250);
    expect(after.visits - before.visits).toBe(50);
  });

  it("answers GET /api/stats itself, with the same figures the database holds", async () => {
    const reachedNext = pipeline.reachedNext.length;
    const response = await pipeline.request({ method: "GET", url: "/api/stats", headers: { host: "sonha.test" } });
    expect(response.statusCode).toBe(200);
    expect(response.headers["cache-control"]).toMatch(/max-age=\d$/);
    expect(response.headers["x-content-type-options"]).toBe("nosniff");
    expect(pipeline.reachedNext).toHaveLength(reachedNext);
    const body = response.json();
    expect(body).toEqual(await computeSiteCounters());
    expect(Object.keys(body).sort()).toEqual(["bots", "guests", "month", "online", "today", "total"]);
    expect(body.bots).toBeGreaterThanOrEqual(1);
    expect(body.guests).toBeGreaterThanOrEqual(51);
    expect(body.online).toBe(body.bots + body.guests);
    expect(body.today).toBe((await todayRow()).visits);
  });
});
