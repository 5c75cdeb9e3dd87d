import { htmlToText } from "@/lib/articles/search-text";
import type { ArticleInput } from "./article-input";

/**
 * What a revision keeps: every field the editor form changes, so a restore needs nothing
 * else. The workflow status is not part of it: restoring old text never publishes or
 * unpublishes anything.
 */
export type ArticleSnapshot = Omit<ArticleInput, "publishedAt" | "expiresAt"> & {
  publishedAt: string | null;
  expiresAt: string | null;
};

type StoredArticle = Omit<ArticleSnapshot, "tags" | "secondaryCategoryIds" | "publishedAt" | "expiresAt"> & {
  publishedAt: Date | null;
  expiresAt: Date | null;
  tags: { tag: { name: string } }[];
  categories: { categoryId: number }[];
};

export function snapshotOf(article: StoredArticle): ArticleSnapshot {
  return {
    title: article.title,
    slug: article.slug,
    summary: article.summary,
    bodyHtml: article.bodyHtml,
    categoryId: article.categoryId,
    secondaryCategoryIds: article.categories.map(({ categoryId }) => categoryId).filter((id) => id !== article.categoryId),
    tags: article.tags.map(({ tag }) => tag.name),
    authorName: article.authorName,
    sourceName: article.sourceName,
    sourceUrl: article.sourceUrl,
    seoTitle: article.seoTitle,
    seoDescription: article.seoDescription,
    imageUrl: article.imageUrl,
    imageAlt: article.imageAlt,
    imageCaption: article.imageCaption,
    imageWidth: article.imageWidth,
    imageHeight: article.imageHeight,
    featured: article.featured,
    allowComments: article.allowComments,
    publishedAt: article.publishedAt?.toISOString() ?? null,
    expiresAt: article.expiresAt?.toISOString() ?? null,
  };
}

export function parseSnapshot(json: string): ArticleSnapshot {
  // Fields added after a revision was saved get their empty value.
  return { secondaryCategoryIds: [], ...(JSON.parse(json) as Partial<ArticleSnapshot>) } as ArticleSnapshot;
}

const BLOCK_END = /<\/(?:p|h2|h3|h4|li|blockquote|tr|caption|figcaption|pre|div)>|<br\s*\/?>|<hr\s*\/?>/gi;

/** A revision as lines of text, for comparing two revisions line by line. */
export function snapshotLines(snapshot: ArticleSnapshot): string[] {
  const body = snapshot.bodyHtml
    .split(BLOCK_END)
    .map(htmlToText)
    .filter((line) => line !== "");
  return [
    `Tiêu đề: ${snapshot.title}`,
    `Đường dẫn: ${snapshot.slug}`,
    `Tóm tắt: ${snapshot.summary}`,
    `Tác giả: ${snapshot.authorName}`,
    `Nguồn: ${snapshot.sourceName ?? ""} ${snapshot.sourceUrl ?? ""}`.trimEnd(),
    `Từ khóa: ${snapshot.tags.join(", ")}`,
    `Ảnh đại diện: ${snapshot.imageUrl ?? ""}`,
    ...body,
  ];
}
