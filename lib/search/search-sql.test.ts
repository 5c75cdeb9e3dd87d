import { describe, expect, it } from "vitest";
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
