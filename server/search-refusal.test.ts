import { describe, expect, it } from "vitest";
import { refuseSpentSearch } from "./search-refusal";

const VISITOR = "11111111-2222-4333-8444-555555555555";

function search(query: string, headers: Record<string, string> = {}) {
  return { method: "GET", url: `http://sonha.test/tim-kiem${query}`, headers: new Headers(headers) };
}

describe("refuseSpentSearch", () => {
  it("lets a visitor search 60 times in five minutes, then answers 429 with Retry-After in Vietnamese", async () => {
    const headers = { cookie: `theme=dark; vid=${VISITOR}`, "x-forwarded-for": "203.0.113.10" };
    for (let index = 0; index < 60; index++) expect(await refuseSpentSearch(search(`?q=cau+${index}`, headers))).toBeNull();
    const refused = await refuseSpentSearch(search("?q=cau", headers));
    expect(refused?.status).toBe(429);
    expect(Number(refused?.headers.get("Retry-After"))).toBeGreaterThanOrEqual(1);
    expect(refused?.headers.get("Content-Type")).toContain("text/html");
    expect(await refused?.text()).toContain("Vui lòng thử lại");
    // Another browser behind the same address is not held back by this one.
    const colleague = { cookie: "vid=99999999-2222-4333-8444-555555555555", "x-forwarded-for": "203.0.113.10" };
    expect(await refuseSpentSearch(search("?q=cau", colleague))).toBeNull();
  });

  it("counts only real searches: not the empty form, prefetches, other pages or other methods", async () => {
    const headers = { cookie: "vid=22222222-2222-4333-8444-555555555555", "x-forwarded-for": "203.0.113.11" };
    for (let index = 0; index < 80; index++) {
      expect(await refuseSpentSearch(search("", headers))).toBeNull();
      expect(await refuseSpentSearch(search("?q=+", headers))).toBeNull();
      expect(await refuseSpentSearch(search("?q=cau", { ...headers, "next-router-prefetch": "1" }))).toBeNull();
      expect(await refuseSpentSearch({ ...search("?q=cau", headers), url: "http://sonha.test/van-ban?q=cau" })).toBeNull();
      expect(await refuseSpentSearch({ ...search("?q=cau", headers), method: "POST" })).toBeNull();
    }
    expect(await refuseSpentSearch(search("?q=cau", headers))).toBeNull();
  });

  it("holds a cookie-less script to the per-address limit, sized for a whole office", async () => {
    const headers = { "x-forwarded-for": "203.0.113.12" };
    for (let index = 0; index < 2_000; index++) expect(await refuseSpentSearch(search("?q=cau", headers))).toBeNull();
    expect((await refuseSpentSearch(search("?q=cau", headers)))?.status).toBe(429);
    expect(await refuseSpentSearch(search("?q=cau", { "x-forwarded-for": "203.0.113.13" }))).toBeNull();
  });
});
