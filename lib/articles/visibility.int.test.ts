import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { publicArticleSql, publicArticleWhere } from "./visibility";

describe("the public rule in SQL", () => {
  it("selects exactly the articles the Prisma filter selects, at any moment", async () => {
    const db = await getDb();
    const times = await db.article.findMany({ select: { publishedAt: true, expiresAt: true } });
    // The moments where the answer changes, and a millisecond either side of each.
    const moments = [new Date(), new Date(0), new Date("2100-01-01T00:00:00Z")];
    for (const row of times) {
      for (const at of [row.publishedAt, row.expiresAt]) {
        if (at) moments.push(new Date(at.getTime() - 1), at, new Date(at.getTime() + 1));
      }
    }
    for (const now of moments.slice(0, 60)) {
      const viaPrisma = (await db.article.findMany({ where: publicArticleWhere(now), select: { id: true }, orderBy: { id: "asc" } })).map((row) => row.id);
      const viaSql = (await db.$queryRaw<{ id: number }[]>`SELECT "id" FROM "Article" WHERE ${publicArticleSql(now)} ORDER BY "id"`).map((row) => Number(row.id));
      expect(viaSql, now.toISOString()).toEqual(viaPrisma);
    }
    const hidden = await db.article.count({ where: { NOT: publicArticleWhere() } });
    expect(hidden).toBeGreaterThan(0);
  });
});
