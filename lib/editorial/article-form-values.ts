import type { ArticleForEditing } from "./editor-queries";
import { toVietnamInputValue } from "./vietnam-datetime-input";

/** The editor form's starting values, as the inputs hold them (dates as Vietnam datetime-local values). */
export type ArticleFormValues = {
  title: string;
  slug: string;
  summary: string;
  bodyHtml: string;
  categoryId: number | null;
  tags: string;
  authorName: string;
  sourceName: string;
  sourceUrl: string;
  seoTitle: string;
  seoDescription: string;
  imageUrl: string | null;
  imageWidth: number | null;
  imageHeight: number | null;
  imageAlt: string;
  imageCaption: string;
  featured: boolean;
  allowComments: boolean;
  publishedAt: string;
  expiresAt: string;
};

export const EMPTY_FORM_VALUES: ArticleFormValues = {
  title: "",
  slug: "",
  summary: "",
  bodyHtml: "",
  categoryId: null,
  tags: "",
  authorName: "",
  sourceName: "",
  sourceUrl: "",
  seoTitle: "",
  seoDescription: "",
  imageUrl: null,
  imageWidth: null,
  imageHeight: null,
  imageAlt: "",
  imageCaption: "",
  featured: false,
  allowComments: true,
  publishedAt: "",
  expiresAt: "",
};

export function formValuesOf(article: ArticleForEditing): ArticleFormValues {
  return {
    title: article.title,
    slug: article.slug,
    summary: article.summary,
    bodyHtml: article.bodyHtml,
    categoryId: article.categoryId,
    tags: article.tags.map(({ tag }) => tag.name).join(", "),
    authorName: article.authorName,
    sourceName: article.sourceName ?? "",
    sourceUrl: article.sourceUrl ?? "",
    seoTitle: article.seoTitle ?? "",
    seoDescription: article.seoDescription ?? "",
    imageUrl: article.imageUrl,
    imageWidth: article.imageWidth,
    imageHeight: article.imageHeight,
    imageAlt: article.imageAlt ?? "",
    imageCaption: article.imageCaption ?? "",
    featured: article.featured,
    allowComments: article.allowComments,
    publishedAt: toVietnamInputValue(article.publishedAt),
    expiresAt: toVietnamInputValue(article.expiresAt),
  };
}
