import type { Db } from "@/lib/db/client";
import { articleSearchText } from "@/lib/articles/search-text";
import { escapeHtml } from "@/lib/text/escape-html";
import { slugify } from "@/lib/text/slugify";
import { demoArticles, demoCategories, demoImages, type DemoArticle } from "./content/demo-content";
import type { SeedContext } from "./seed-demo-content";
import { stableNumber } from "./stable-number";

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

/** Categories and articles: published ones over seven months, drafts, one in review, one scheduled. */
export async function seedNews({ db, adminId, now }: SeedContext) {
  const categoryIds = await seedCategories(db);
  await seedArticles(db, categoryIds, adminId, now);
}

async function seedCategories(db: Db): Promise<Map<string, number>> {
  const ids = new Map<string, number>();
  for (const [position, category] of demoCategories.entries()) {
    const row = await db.category.create({
      data: { slug: category.slug, name: category.name, description: category.description, position },
    });
    ids.set(category.slug, row.id);
  }
  return ids;
}

function bodyHtml(article: DemoArticle): string {
  return article.paragraphs.map((paragraph) => `<p>${escapeHtml(paragraph)}</p>`).join("\n");
}

/**
 * Published articles are spread over the last seven months, newest first in the content
 * order of each category, at office hours; one is scheduled a month ahead.
 */
function publicationTime(index: number, total: number, title: string, base: Date): Date {
  const daysAgo = Math.round((index / Math.max(total - 1, 1)) * 210);
  const hour = 7 + (stableNumber(title) % 10);
  const minute = stableNumber(`${title}/m`) % 60;
  const day = new Date(base.getTime() - daysAgo * DAY);
  // Office hours in Vietnam (UTC+7, no daylight saving).
  const utc = Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate(), hour - 7, minute);
  // Never in the future for a published article, even for "today" at a later hour.
  return new Date(Math.min(utc, base.getTime() - (index + 1) * MINUTE));
}

async function seedArticles(db: Db, categoryIds: Map<string, number>, adminId: number, base: Date) {
  const images = new Map(demoImages.map((image) => [image.key, image]));
  const published = demoArticles.filter((article) => !article.state);
  // Interleave categories so every period has news from each of them.
  const order = new Map(
    published
      .map((article, i) => ({ article, rank: (i % 10) * 100 + Math.floor(i / 10) }))
      .sort((a, b) => a.rank - b.rank)
      .map(({ article }, position) => [article, position]),
  );
  const tagIds = new Map<string, number>();

  for (const article of demoArticles) {
    const position = order.get(article);
    const publishedAt =
      article.state === "scheduled"
        ? new Date(base.getTime() + 30 * DAY)
        : position === undefined
          ? null
          : publicationTime(position, published.length, article.title, base);
    const html = bodyHtml(article);
    const image = article.figure ? images.get(article.figure.image) : undefined;
    const isPublished = !article.state || article.state === "scheduled";
    const row = await db.article.create({
      data: {
        title: article.title,
        slug: slugify(article.title),
        summary: article.summary,
        bodyHtml: html,
        imageUrl: image?.file ?? null,
        imageAlt: article.figure?.alt ?? null,
        imageCaption: article.figure?.caption ?? null,
        imageWidth: image?.width ?? null,
        imageHeight: image?.height ?? null,
        authorName: article.author,
        sourceName: article.source?.name ?? null,
        sourceUrl: article.source?.url ?? null,
        status: isPublished ? "published" : article.state === "review" ? "review" : "draft",
        featured: position !== undefined && position % 6 === 0,
        publishedAt,
        categoryId: categoryIds.get(article.category)!,
        createdById: adminId,
        updatedById: adminId,
        viewCount: isPublished && position !== undefined ? 40 + (stableNumber(article.title) % 2400) : 0,
        searchText: articleSearchText({ title: article.title, summary: article.summary, bodyHtml: html }),
      },
    });
    for (const name of article.tags) {
      const slug = slugify(name);
      let tagId = tagIds.get(slug);
      if (tagId === undefined) {
        tagId = (await db.tag.create({ data: { name, slug } })).id;
        tagIds.set(slug, tagId);
      }
      await db.articleTag.create({ data: { articleId: row.id, tagId } });
    }
  }
}
