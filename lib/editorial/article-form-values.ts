import { snapshotOf } from "./article-snapshot";
import type { ArticleForEditing } from "./editor-queries";
import { toVietnamInputValue } from "./vietnam-datetime-input";

/** The editor form's starting values, as the inputs hold them (dates as Vietnam datetime-local values). */
export type ArticleFormValues = {
  title: string;
  slug: string;
  summary: string;
  bodyHtml: string;
  categoryId: number | null;
  secondaryCategoryIds: number[];
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
  secondaryCategoryIds: [],
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
  const snapshot = snapshotOf(article);
  return {
    ...snapshot,
    tags: snapshot.tags.join(", "),
    sourceName: snapshot.sourceName ?? "",
    sourceUrl: snapshot.sourceUrl ?? "",
    seoTitle: snapshot.seoTitle ?? "",
    seoDescription: snapshot.seoDescription ?? "",
    imageAlt: snapshot.imageAlt ?? "",
    imageCaption: snapshot.imageCaption ?? "",
    publishedAt: toVietnamInputValue(article.publishedAt),
    expiresAt: toVietnamInputValue(article.expiresAt),
  };
}
