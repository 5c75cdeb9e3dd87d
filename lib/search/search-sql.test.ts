import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { foldVietnamese } from "@/lib/text/fold-vietnamese";
import { demoArticles } from "@/prisma/seed/content/demo-content";
import { searchCountStatement, searchPageStatement, type SearchFilter } from "./search-sql";

const filter: SearchFilter = {
  terms: ["da", "nang"],
  kind: "all",
  categoryId: 3,
  from: new Date("2026-01-01T00:00:00+07:00"),
  until: new Date("2026-02-01T00:00:00+07:00"),
  now: new Date("2026-11-26T00:00:00Z"),
};

describe("search statements", () => {
  it("bind one value per SQLite placeholder, in the order they appear", () => {
    for (const statement of [searchPageStatement("sqlite", filter, { offset: 20, limit: 10 }), searchCountStatement("sqlite", filter)]) {
      expect(statement.sql.match(/\?/g)?.length).toBe(statement.values.length);
    }
    const page = searchPageStatement("sqlite", filter, { offset: 20, limit: 10 });
    // The full-text queries come before the time filters, and the page bounds last.
    expect(page.values.slice(0, 3)).toEqual(['title : "da nang"', 'title : ("da" "nang")', 'body : ("da" "nang")']);
    expect(page.values.slice(-2)).toEqual([10, 20]);
    expect(page.values).toContain("2025-12-31T17:00:00.000+00:00");
  });

  it("number PostgreSQL placeholders $1…$n without gaps", () => {
    const statement = searchPageStatement("postgres", filter, { offset: 0, limit: 10 });
    const used = new Set([...statement.sql.matchAll(/\$(\d+)/g)].map((match) => Number(match[1])));
    expect([...used].sort((a, b) => a - b)).toEqual(statement.values.map((_, index) => index + 1));
    expect(statement.values).toContain("da <-> nang");
    expect(statement.values).toContain("da & nang");
  });

  it("search only the kinds asked for", () => {
    const articles = searchCountStatement("postgres", { ...filter, kind: "articles" }).sql;
    expect(articles).toContain('"Article"');
    expect(articles).not.toContain('"Document"');
    const documents = searchCountStatement("sqlite", { ...filter, kind: "documents", categoryId: null }).sql;
    expect(documents).not.toContain('"Article"');
  });
});

describe("PostgreSQL title folding (migration 0002_search_index)", () => {
  const migration = readFileSync("prisma/migrations/postgres/0002_search_index/migration.sql", "utf8");
  const lists = [...migration.matchAll(/translate\([^,]+,\s*'([^']+)',\s*'([^']+)'\)/g)].map((match) => [match[1], match[2]]);

  it("maps each letter as foldVietnamese does", () => {
    expect(lists).toHaveLength(2);
    for (const [from, to] of lists) {
      expect([...from].length).toBe(to.length);
      [...from].forEach((letter, index) => expect(foldVietnamese(letter), letter).toBe(to[index]));
    }
  });

  it("covers every accented letter of the demo titles", () => {
    const from = new Set(lists[0][0]);
    const letters = new Set(demoArticles.flatMap((article) => [...article.title]).filter((char) => /[^\x00-\x7f]/.test(char) && /\p{L}/u.test(char)));
    for (const letter of letters) expect(from.has(letter), letter).toBe(true);
  });
});
