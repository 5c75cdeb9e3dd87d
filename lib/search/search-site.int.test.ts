import { describe, expect, it } from "vitest";
import { publicArticleWhere } from "@/lib/articles/visibility";
import { getDb } from "@/lib/db/client";
import { parseSearchParams, type SearchRequest } from "@/lib/search/search-request";
import { SEARCH_RESULTS_PER_PAGE, searchFilter, searchSite, type SearchHit } from "@/lib/search/search-site";
import { foldVietnamese } from "@/lib/text/fold-vietnamese";
import { expectedSearchOrder, searchWords, type SearchCandidate } from "@/tests/search-expectations";

// The search's behaviour on the demo content, compared with the results tests/search-expectations.ts
// computes from the stored rows. Like every integration test it runs on SQLite and on PostgreSQL
// (Vitest projects "sqlite" and "postgres"), where the search SQL differs.

type Candidate = SearchCandidate & { categoryIds: number[] };

async function candidates(): Promise<Candidate[]> {
  const db = await getDb();
  const [articles, documents] = await Promise.all([
    db.article.findMany({
      where: publicArticleWhere(),
      select: { id: true, title: true, searchText: true, publishedAt: true, categoryId: true, categories: { select: { categoryId: true } } },
    }),
    db.document.findMany({ where: { status: "published" }, select: { id: true, number: true, title: true, searchText: true, issuedAt: true } }),
  ]);
  return [
    ...articles.map((a) => ({
      kind: "article" as const,
      id: a.id,
      title: a.title,
      searchText: a.searchText,
      date: a.publishedAt!,
      categoryIds: [a.categoryId, ...a.categories.map((c) => c.categoryId)],
    })),
    ...documents.map((d) => ({ kind: "document" as const, id: d.id, title: `${d.number} ${d.title}`, searchText: d.searchText, date: d.issuedAt, categoryIds: [] })),
  ];
}

function request(params: Record<string, string>): SearchRequest {
  const parsed = parseSearchParams(params);
  if (parsed.status !== "ok") throw new Error(`not a valid search: ${JSON.stringify(params)}`);
  return parsed.request;
}

const run = (params: Record<string, string>, categoryId: number | null = null) => {
  const req = request(params);
  return searchSite(searchFilter(req, categoryId), req.page);
};
const key = (hit: { kind: string; id: number }) => `${hit.kind}:${hit.id}`;

describe("site search", () => {
  it("ignores case and Vietnamese diacritics", async () => {
    const db = await getDb();
    const article = await db.article.findFirstOrThrow({ where: { ...publicArticleWhere(), title: { contains: "Sơn Hà" } } });
    const results = await Promise.all(["Sơn Hà", "son ha", "SƠN HÀ", "sOn Ha"].map((q) => run({ q })));
    expect(results[0].total).toBeGreaterThan(0);
    for (const result of results) expect(result.hits.map(key)).toEqual(results[0].hits.map(key));
    const all = await run({ q: article.title });
    expect(all.hits[0]).toMatchObject({ kind: "article", id: article.id, titleRank: 2 });
  });

  it("finds every matching public item, title phrases first, then title words, then the newest", async () => {
    const all = await candidates();
    for (const q of ["UBND tỉnh", "ha noi", "Sơn Hà", "ke hoach", "nong thon moi", "cong van"]) {
      const terms = searchWords(q);
      const expected = expectedSearchOrder(all, terms);
      const result = await run({ q });
      expect(result.total, q).toBe(expected.length);
      expect(result.hits.map(key), q).toEqual(expected.slice(0, SEARCH_RESULTS_PER_PAGE).map(key));
      expect(result.hits.map((hit) => hit.titleRank), q).toEqual(expected.slice(0, SEARCH_RESULTS_PER_PAGE).map((c) => c.rank));
    }
  });

  it("pages through the results without gaps or repeats", async () => {
    const all = await candidates();
    const expected = expectedSearchOrder(all, ["tinh"]);
    expect(expected.length).toBeGreaterThan(2 * SEARCH_RESULTS_PER_PAGE);
    const second = await run({ q: "tỉnh", trang: "2" });
    expect(second.hits.map(key)).toEqual(expected.slice(SEARCH_RESULTS_PER_PAGE, 2 * SEARCH_RESULTS_PER_PAGE).map(key));
  });

  it("never returns drafts, articles in review, scheduled articles or unpublished documents", async () => {
    const db = await getDb();
    const hidden = await db.article.findMany({ where: { NOT: publicArticleWhere() }, select: { id: true, title: true } });
    expect(hidden.length).toBeGreaterThan(0);
    for (const article of hidden) {
      const result = await run({ q: article.title.slice(0, 100) });
      expect(result.hits.map(key)).not.toContain(`article:${article.id}`);
    }
  });

  it("filters by kind, category and date range", async () => {
    const db = await getDb();
    const documentsOnly = await run({ q: "tỉnh", loai: "van-ban" });
    expect(documentsOnly.total).toBeGreaterThan(0);
    expect(documentsOnly.hits.every((hit) => hit.kind === "document")).toBe(true);
    expect(documentsOnly.totals.articles).toBe(0);

    const category = await db.category.findFirstOrThrow({ where: { articles: { some: publicArticleWhere() } } });
    const all = await candidates();
    const inCategory = expectedSearchOrder(all, ["tinh"]).filter((c) => c.kind === "article" && c.categoryIds.includes(category.id));
    const filtered = await run({ q: "tinh", "chuyen-muc": category.slug }, category.id);
    expect(filtered.total).toBe(inCategory.length);
    expect(filtered.hits.map(key)).toEqual(inCategory.slice(0, SEARCH_RESULTS_PER_PAGE).map(key));

    const dated = expectedSearchOrder(all, ["tinh"]);
    const middle = dated[Math.floor(dated.length / 2)].date;
    const day = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Ho_Chi_Minh" }).format(middle);
    const from = new Date(`${day}T00:00:00+07:00`);
    const until = new Date(from.getTime() + 24 * 60 * 60 * 1000);
    const onThatDay = dated.filter((c) => c.date >= from && c.date < until);
    const byDay = await run({ q: "tinh", "tu-ngay": day, "den-ngay": day });
    expect(onThatDay.length).toBeGreaterThan(0);
    expect(byDay.hits.map(key).sort()).toEqual(onThatDay.map(key).sort());
  });

  it("keeps its index in step with new, changed and deleted articles", async () => {
    const db = await getDb();
    const category = await db.category.findFirstOrThrow();
    const publishedAt = new Date(Date.now() - 60_000);
    const article = await db.article.create({
      data: {
        title: "Bài thử chỉ mục tìm kiếm",
        slug: "bai-thu",
        status: "published",
        publishedAt,
        categoryId: category.id,
        searchText: foldVietnamese("Bài thử chỉ mục tìm kiếm xylophonequy"),
      },
    });
    try {
      expect((await run({ q: "xylophonequy" })).hits.map(key)).toEqual([`article:${article.id}`]);
      await db.article.update({ where: { id: article.id }, data: { searchText: foldVietnamese("Đổi nội dung zanzibarquy") } });
      expect((await run({ q: "xylophonequy" })).total).toBe(0);
      expect((await run({ q: "zanzibarquy" })).hits.map(key)).toEqual([`article:${article.id}`]);
    } finally {
      await db.article.delete({ where: { id: article.id } });
    }
    expect((await run({ q: "zanzibarquy" })).total).toBe(0);
  });

  it("builds excerpts that hold a search word", async () => {
    const result = await run({ q: "ha tang" });
    expect(result.hits.length).toBeGreaterThan(0);
    for (const hit of result.hits satisfies SearchHit[]) {
      expect(searchWords(hit.excerpt).some((word) => word === "ha" || word === "tang"), hit.excerpt).toBe(true);
    }
  });
});
