import { describe, expect, it } from "vitest";
import { PageCacheStore, type CachedPage } from "./page-cache-store";

const page = (html: string, tags: string[], expiresAt = 10_000): CachedPage => ({
  pieces: [Buffer.from(html)],
  bytes: Buffer.byteLength(html),
  tags,
  storedAt: 0,
  expiresAt,
});
const htmlOf = (found: { page: CachedPage } | undefined) => found?.page.pieces.join("");

describe("PageCacheStore", () => {
  it("says when a stored page has expired, and keeps it until it is replaced or dropped", () => {
    const store = new PageCacheStore(1_000);
    expect(store.store("/", page("<p>trang chủ</p>", ["articles"], 100), store.epochsOf(["articles"]))).toBe(true);
    expect(store.get("/", 99)?.expired).toBe(false);
    expect(htmlOf(store.get("/", 99))).toBe("<p>trang chủ</p>");
    expect(store.get("/", 100)?.expired).toBe(true);
    store.store("/", page("<p>mới</p>", ["articles"], 200), store.epochsOf(["articles"]));
    expect(store.get("/", 150)).toMatchObject({ expired: false });
    expect(htmlOf(store.get("/", 150))).toBe("<p>mới</p>");
    store.drop("/");
    expect(store.get("/", 150)).toBeUndefined();
    expect(store.size).toBe(0);
  });

  it("drops exactly the pages carrying an invalidated tag", () => {
    const store = new PageCacheStore(1_000);
    store.store("/a-1", page("một", ["articles", "article:1"]), store.epochsOf(["articles", "article:1"]));
    store.store("/a-2", page("hai", ["articles", "article:2"]), store.epochsOf(["articles", "article:2"]));
    store.invalidate(["article:1"]);
    expect(store.get("/a-1", 0)).toBeUndefined();
    expect(htmlOf(store.get("/a-2", 0))).toBe("hai");
    store.invalidate(["articles"]);
    expect(store.size).toBe(0);
  });

  it("refuses a render that started before one of its tags changed", () => {
    const store = new PageCacheStore(1_000);
    const epochs = store.epochsOf(["documents"]);
    store.invalidate(["documents"]); // an editor saved while the page was rendering
    expect(store.store("/van-ban", page("cũ", ["documents"]), epochs)).toBe(false);
    expect(store.get("/van-ban", 0)).toBeUndefined();
    expect(store.store("/van-ban", page("mới", ["documents"]), store.epochsOf(["documents"]))).toBe(true);
  });

  it("evicts the least recently used pages beyond its size", () => {
    const store = new PageCacheStore(10);
    const fresh = store.epochsOf([]);
    store.store("/1", page("aaaa", []), fresh);
    store.store("/2", page("bbbb", []), fresh);
    store.get("/1", 0); // /2 is now the least recently used
    store.store("/3", page("cccc", []), fresh);
    expect(store.get("/2", 0)).toBeUndefined();
    expect(htmlOf(store.get("/1", 0))).toBe("aaaa");
    expect(htmlOf(store.get("/3", 0))).toBe("cccc");
    expect(store.store("/big", page("x".repeat(11), []), fresh)).toBe(false);
  });
});
