import { afterAll, describe, expect, it } from "vitest";
import { articlePath } from "@/lib/articles/article-url";
import { publicArticleWhere } from "@/lib/articles/visibility";
import { closeDb, getDb } from "@/lib/db/client";
import { namedTopPages } from "./page-titles";

afterAll(() => closeDb());

describe("namedTopPages", () => {
  it("names public articles and categories, and drops paths that name nothing or a draft", async () => {
    const db = await getDb();
    const include = { category: { select: { slug: true, name: true } } };
    const published = await db.article.findFirstOrThrow({ where: publicArticleWhere(), include });
    const draft = await db.article.findFirstOrThrow({ where: { status: "draft" }, include });
    const point = (key: string, value: number) => ({ key, label: key, value });

    const named = await namedTopPages([
        point("/", 90),
        point("/quang-cao-lua-dao-truy-cap-ngay", 80),
        point(articlePath(draft), 70),
        point(articlePath(published), 60),
        point(`/tin-tuc/${published.category.slug}`, 50),
        point("/thong-ke", 40),
      ],
      3,
    );
    expect(named).toEqual([
      { key: "/", label: "Trang chủ", value: 90 },
      { key: articlePath(published), label: published.title, value: 60 },
      { key: `/tin-tuc/${published.category.slug}`, label: published.category.name, value: 50 },
    ]);
  });
});
