import { afterAll, describe, expect, it, vi } from "vitest";
import { closeDb, getDb, type Db } from "@/lib/db/client";
import { vietnamDay } from "@/lib/format/vietnam-time";
import { setLogSink } from "@/lib/observability/logger";
import { connectRedis } from "@/lib/redis/connect-redis";
import { connectTestRedis, REDIS_TEST_URL } from "@/tests/redis-test-connection";
import { databasePresenceStore } from "./database-presence";
import { botVisitorKey, type PageHit } from "./page-hit";
import { configuredPresenceStore, presenceWithFallback, type PresenceStore } from "./presence-store";
import { createRedisPresenceStore } from "./redis-presence";
import { computeSiteCounters, ONLINE_WINDOW_MS } from "./site-counters";
import { PRESENCE_KEPT_MS, slideVisitWindow, VISIT_GAP_MS } from "./visit-window";
import { writeHits } from "./write-hits";
import { groupBy } from "@/lib/collections/group-by";

// Against a real Redis (tests/redis-test-connection.ts), through two connections: two instances
// of the portal sharing it. Each run has its own key prefix and removes its keys; the database
// rows are in days of 2018 no other test writes, one day per test, with visitor and crawler
// names unique to the run.
const url = REDIS_TEST_URL;
const run = `${process.pid}-${Date.now().toString(36)}`;
const prefix = `portal-test:presence:${run}:`;
const MINUTE = 60_000;
const BROWSER = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36";
const { connections, unavailable } = await connectTestRedis(2);

let storeSerial = 0;
/** A store with keys of its own, on the first connection unless told. */
function redisStore(connection = connections[0], keys = `${prefix}${storeSerial++}:`) {
  return { store: createRedisPresenceStore(connection, keys), keys };
}

const hit = (visitorKey: string, at: number, botName: string | null = null): PageHit => ({
  at: new Date(at),
  visitorKey,
  botName,
  path: "/tin-tuc",
  userAgent: botName ? `${botName}/1.0` : BROWSER,
  referrerHost: null,
});
const person = (name: string) => `person-${run}-${name}`;
const crawler = (name: string) => `Crawler${run}${name}`;

function byVisitor(hits: PageHit[]): Map<string, PageHit[]> {
  return groupBy(
    [...hits].sort((a, b) => a.at.getTime() - b.at.getTime()),
    (hit) => hit.visitorKey,
  );
}

async function dayRow(db: Db, at: number) {
  const row = await db.statsDaily.findUnique({ where: { day: vietnamDay(new Date(at)) } });
  return { visits: row?.visits ?? 0, pageViews: row?.pageViews ?? 0, botHits: row?.botHits ?? 0 };
}

const noTransaction = undefined as never;

afterAll(async () => {
  const keys = connections.length > 0 ? await connections[0].keys(`${prefix}*`) : [];
  if (keys.length > 0) await connections[0].del(...keys);
  await Promise.all(connections.map((connection) => connection.quit()));
  await closeDb();
});

describe.skipIf(!!unavailable)(`Redis presence store${unavailable ? ` (skipped: ${unavailable})` : ""}`, () => {
  it("decides visit starts exactly as the visit window does, batch after batch", async () => {
    const { store } = redisStore();
    // Random page views of 40 people and 3 crawlers over six hours, written in 12 batches.
    let seed = 20181;
    const random = () => ((seed = (seed * 48271) % 2147483647) / 2147483647);
    const start = Date.UTC(2018, 0, 10, 1);
    const visitors = [
      ...Array.from({ length: 40 }, (_, index) => ({ key: person(`w${index}`), botName: null })),
      ...["A", "B", "C"].map((name) => ({ key: botVisitorKey(crawler(name)), botName: crawler(name) })),
    ];
    const hits = Array.from({ length: 1497 }, () => {
      const visitor = visitors[Math.floor(random() * visitors.length)];
      return hit(visitor.key, start + Math.floor(random() * 360) * MINUTE + Math.floor(random() * 1000), visitor.botName);
    });
    // And the edges of the window: a pause one millisecond short of it, then exactly as long.
    const edge = person("edge");
    hits.push(hit(edge, start), hit(edge, start + VISIT_GAP_MS - 1), hit(edge, start + 2 * VISIT_GAP_MS - 1));
    hits.sort((a, b) => a.at.getTime() - b.at.getTime());

    const expected = new Map<string, { lastSeenAt: Date; visitStarts: Date } | null>();
    let visitStarts = 0;
    for (let batch = 0; batch < 12; batch += 1) {
      const batchHits = hits.slice(batch * 125, (batch + 1) * 125);
      const grouped = byVisitor(batchHits);
      const now = batchHits.at(-1)!.at;
      const starts = await store.recordVisits(noTransaction, grouped, now);
      const wanted = new Set<PageHit>();
      for (const [key, visitorHits] of grouped) {
        const { visitStartTimes, presence } = slideVisitWindow(expected.get(key) ?? null, visitorHits.map((one) => one.at));
        expected.set(key, presence);
        for (const one of visitorHits) if (visitStartTimes.includes(one.at)) wanted.add(one);
      }
      visitStarts += wanted.size;
      expect([...starts].map((one) => `${one.visitorKey}@${one.at.toISOString()}`).sort()).toEqual(
        [...wanted].map((one) => `${one.visitorKey}@${one.at.toISOString()}`).sort(),
      );
    }
    // Six hours of readers pausing now and then: several visits each, far fewer than page views.
    expect(visitStarts).toBeGreaterThan(visitors.length);
    expect(visitStarts).toBeLessThan(hits.length / 2);
  });

  it("forgets visitors after twice the visit gap: entries trimmed, keys expiring", async () => {
    const { store, keys } = redisStore();
    const t = Date.UTC(2018, 0, 11, 1);
    await store.recordVisits(noTransaction, byVisitor([hit(person("old"), t), hit(botVisitorKey(crawler("Old")), t, crawler("Old"))]), new Date(t));
    const redis = connections[0];
    for (const set of ["people", "crawlers"]) {
      const ttl = await redis.pttl(`${keys}${set}`);
      expect(ttl).toBeGreaterThan(0);
      expect(ttl).toBeLessThanOrEqual(PRESENCE_KEPT_MS);
    }
    expect(await redis.zscore(`${keys}people`, person("old"))).toBe(String(t));

    const later = t + PRESENCE_KEPT_MS + MINUTE;
    await store.recordVisits(noTransaction, byVisitor([hit(person("new"), later)]), new Date(later));
    expect(await redis.zscore(`${keys}people`, person("old"))).toBeNull();
    expect(await redis.zscore(`${keys}crawlers`, botVisitorKey(crawler("Old")))).toBeNull();
    expect(await redis.zrange(`${keys}people`, "0", "-1")).toEqual([person("new")]);
  });

  it("counts one visit start when two instances write the same visitors at the same moment", async () => {
    const keys = `${prefix}shared:`;
    const instances = connections.map((connection) => createRedisPresenceStore(connection, keys));
    const t = Date.UTC(2018, 0, 12, 1);
    for (let round = 0; round < 20; round += 1) {
      // 50 browsers, each with a request on both instances within the same second.
      const names = Array.from({ length: 50 }, (_, index) => person(`r${round}-${index}`));
      const at = t + round * PRESENCE_KEPT_MS;
      const batches = instances.map((_, instance) => byVisitor(names.map((name, index) => hit(name, at + ((index + instance) % 2) * 400))));
      const starts = await Promise.all(instances.map((store, instance) => store.recordVisits(noTransaction, batches[instance], new Date(at))));
      const startsPerVisitor = new Map(names.map((name) => [name, 0]));
      for (const one of starts.flatMap((set) => [...set])) startsPerVisitor.set(one.visitorKey, startsPerVisitor.get(one.visitorKey)! + 1);
      expect([...startsPerVisitor.values()].filter((count) => count !== 1)).toEqual([]);
    }
  });

  it("writes one visit per browser to the history when two instances write its batches concurrently", async () => {
    const db = await getDb();
    const keys = `${prefix}shared-history:`;
    const instances = connections.map((connection) => createRedisPresenceStore(connection, keys));
    const t = Date.UTC(2018, 0, 13, 3);
    const before = await dayRow(db, t);
    const names = Array.from({ length: 30 }, (_, index) => person(`h${index}`));
    await Promise.all(
      instances.map((store, instance) => writeHits(names.map((name) => hit(name, t + instance * 300)), new Date(t + 1000), store)),
    );
    const after = await dayRow(db, t);
    expect(after.pageViews - before.pageViews).toBe(60);
    expect(after.visits - before.visits).toBe(30);
  });

  it("gives the same online figures and history as the database for the same page views", async () => {
    const db = await getDb();
    const { store } = redisStore();
    const now = Date.UTC(2018, 0, 14, 5);
    // Seen within the last five minutes: two people (one of them on three pages) and two crawlers
    // (one of them twice); before that: one person and one crawler.
    const batches = [
      [hit(person("early"), now - 20 * MINUTE), hit(botVisitorKey(crawler("Early")), now - 9 * MINUTE, crawler("Early"))],
      [
        hit(person("reader"), now - 4 * MINUTE),
        hit(person("reader"), now - 3 * MINUTE),
        hit(person("other"), now - 2 * MINUTE),
        hit(botVisitorKey(crawler("X")), now - 2 * MINUTE, crawler("X")),
        hit(botVisitorKey(crawler("X")), now - MINUTE, crawler("X")),
      ],
      [hit(person("reader"), now - 30_000), hit(botVisitorKey(crawler("Y")), now - 10_000, crawler("Y"))],
    ];
    const since = new Date(now - ONLINE_WINDOW_MS);

    const onlineBefore = await databasePresenceStore.countOnline(db, since);
    const historyBefore = await dayRow(db, now);
    for (const batch of batches) await writeHits(batch, new Date(batch.at(-1)!.at), databasePresenceStore);
    const onlineAfter = await databasePresenceStore.countOnline(db, since);
    const databaseHistory = await dayRow(db, now);
    const databaseOnline = { bots: onlineAfter.bots - onlineBefore.bots, guests: onlineAfter.guests - onlineBefore.guests };
    expect(databaseOnline).toEqual({ bots: 2, guests: 2 });

    for (const batch of batches) await writeHits(batch.map((one) => ({ ...one })), new Date(batch.at(-1)!.at), store);
    const redisHistory = await dayRow(db, now);
    expect(await store.countOnline(db, since)).toEqual(databaseOnline);
    expect({
      visits: redisHistory.visits - databaseHistory.visits,
      pageViews: redisHistory.pageViews - databaseHistory.pageViews,
      botHits: redisHistory.botHits - databaseHistory.botHits,
    }).toEqual({
      visits: databaseHistory.visits - historyBefore.visits,
      pageViews: databaseHistory.pageViews - historyBefore.pageViews,
      botHits: databaseHistory.botHits - historyBefore.botHits,
    });
    expect(databaseHistory.visits - historyBefore.visits).toBe(3);

    const counters = await computeSiteCounters(new Date(now), store);
    expect(counters).toMatchObject({ online: 4, bots: 2, guests: 2 });
  });

  it("keeps a batch's visit starts when the database refused it and it is written again", async () => {
    const db = await getDb();
    const { store } = redisStore();
    const t = Date.UTC(2018, 0, 15, 2);
    const batch = [hit(person("retry-a"), t), hit(person("retry-b"), t + 1000), hit(person("retry-a"), t + 2000)];
    const before = await dayRow(db, t);
    // The database refuses the batch's transaction once, after its writes: all of them roll back.
    const transaction = db.$transaction.bind(db) as (write: (tx: unknown) => Promise<unknown>, options: object) => Promise<unknown>;
    const refusing = vi.spyOn(db, "$transaction").mockImplementationOnce(((write: (tx: unknown) => Promise<unknown>, options: object) =>
      transaction(async (tx) => {
        await write(tx);
        throw new Error("cơ sở dữ liệu từ chối (giả lập)");
      }, options)) as unknown as typeof db.$transaction);
    await expect(writeHits(batch, new Date(t + 2000), store)).rejects.toThrow("giả lập");
    refusing.mockRestore();
    expect(await dayRow(db, t)).toEqual(before);

    // What hit-buffer.ts does: the same hits again, with one that arrived meanwhile.
    await writeHits([...batch, hit(person("retry-b"), t + 3000)], new Date(t + 3000), store);
    const after = await dayRow(db, t);
    expect(after.pageViews - before.pageViews).toBe(4);
    expect(after.visits - before.visits).toBe(2);
  });

  it("writes a batch through the database, and logs, when a Redis command fails", async () => {
    const db = await getDb();
    const broken = await connectRedis(url);
    broken.disconnect();
    const store = presenceWithFallback(async () => createRedisPresenceStore(broken, `${prefix}broken:`));
    const t = Date.UTC(2018, 0, 16, 2);
    const before = await dayRow(db, t);
    const lines: string[] = [];
    setLogSink((_level, line) => lines.push(line));
    try {
      await writeHits([hit(person("during-outage"), t)], new Date(t), store);
    } finally {
      setLogSink(null);
    }
    const after = await dayRow(db, t);
    expect(after.pageViews - before.pageViews).toBe(1);
    expect(after.visits - before.visits).toBe(1);
    expect(await db.visitorPresence.findUnique({ where: { visitorId: person("during-outage") } })).toMatchObject({ isBot: false });
    expect(JSON.parse(lines[0])).toMatchObject({ level: "error", msg: "presence store failed, database used instead", operation: "record" });
  });

  it("is the store chosen when REDIS_URL is set, whatever the database", async () => {
    const store = await configuredPresenceStore({ REDIS_URL: url, DATABASE_URL: "file:./.data/x.db" });
    const visitor = person("configured");
    const now = new Date();
    await store.recordVisits(noTransaction, byVisitor([hit(visitor, now.getTime())]), now);
    expect(await connections[0].zscore("portal:presence:people", visitor)).toBe(String(now.getTime()));
    await connections[0].zrem("portal:presence:people", visitor);
  });
});

describe("choosing the presence store", () => {
  it("uses the database without REDIS_URL, on SQLite and on PostgreSQL", async () => {
    expect(await configuredPresenceStore({ DATABASE_URL: "file:./.data/x.db" })).toBe(databasePresenceStore);
    expect(await configuredPresenceStore({ DATABASE_URL: "postgres://postgres@127.0.0.1/x" })).toBe(databasePresenceStore);
  });

  it("writes through the database, and logs, when Redis cannot be reached", async () => {
    const db = await getDb();
    const store: PresenceStore = presenceWithFallback(() => configuredPresenceStore({ REDIS_URL: "redis://127.0.0.1:1" }));
    const t = Date.UTC(2018, 0, 17, 2);
    const before = await dayRow(db, t);
    const lines: string[] = [];
    setLogSink((_level, line) => lines.push(line));
    try {
      await writeHits([hit(person("unreachable"), t), hit(person("unreachable"), t + VISIT_GAP_MS)], new Date(t + VISIT_GAP_MS), store);
      // Within the pause after a failed connection the database is used without trying again.
      expect(await store.countOnline(db, new Date(t))).toMatchObject({ guests: expect.any(Number) });
    } finally {
      setLogSink(null);
    }
    const after = await dayRow(db, t);
    expect(after.pageViews - before.pageViews).toBe(2);
    expect(after.visits - before.visits).toBe(2);
    expect(lines.map((line) => JSON.parse(line).msg)).toEqual(["presence store failed, database used instead"]);
  });
});
