import { z } from "zod";
import { sanitizeArticleHtml, safeImageUrl } from "@/lib/html/sanitize-article-html";
import { slugify } from "@/lib/text/slugify";
import { parseVietnamInputValue } from "./vietnam-datetime-input";

const optionalText = (max: number, message: string) =>
  z
    .string()
    .trim()
    .max(max, message)
    .transform((value) => value || null);

// Absent for editors: the publication fields are only in a publisher's form.
const optionalDate = z
  .string()
  .trim()
  .optional()
  .refine((value) => !value || parseVietnamInputValue(value) !== null, "Thời gian không hợp lệ.")
  .transform((value) => (value ? parseVietnamInputValue(value) : null));

const dimension = z
  .string()
  .trim()
  .transform((value) => (/^\d{1,5}$/.test(value) && Number(value) > 0 ? Number(value) : null));

const MAX_TAGS = 20;

/**
 * The editor form, as sent: every text trimmed and bounded, the body sanitised, the slug
 * derived from the title when left empty, dates read as Vietnam time. This is the only way
 * article content gets into the database.
 */
export const articleInputSchema = z
  .object({
    title: z.string().trim().min(1, "Cần nhập tiêu đề.").max(250, "Tiêu đề tối đa 250 ký tự."),
    slug: z.string().trim().max(250),
    summary: z.string().trim().max(2000, "Tóm tắt tối đa 2000 ký tự."),
    bodyHtml: z.string().max(500_000, "Nội dung quá dài.").transform(sanitizeArticleHtml),
    categoryId: z.coerce.number().int().positive("Cần chọn chuyên mục."),
    // Other categories the article is also listed in, as "3,5" (the checkboxes, joined).
    secondaryCategoryIds: z
      .string()
      .max(500)
      .optional()
      .transform((value) => [...new Set((value ?? "").split(",").filter((id) => /^[1-9]\d{0,9}$/.test(id)).map(Number))].slice(0, 20)),
    tags: z.string().max(1000),
    authorName: z.string().trim().max(250, "Tác giả tối đa 250 ký tự."),
    sourceName: optionalText(250, "Nguồn tối đa 250 ký tự."),
    sourceUrl: z
      .string()
      .trim()
      .max(500)
      .refine((value) => value === "" || /^https?:\/\/\S+$/i.test(value), "Địa chỉ nguồn phải bắt đầu bằng http:// hoặc https://.")
      .transform((value) => value || null),
    seoTitle: optionalText(250, "Tiêu đề SEO tối đa 250 ký tự."),
    seoDescription: optionalText(500, "Mô tả SEO tối đa 500 ký tự."),
    imageUrl: z
      .string()
      .trim()
      .refine((value) => value === "" || safeImageUrl(value) !== null, "Ảnh đại diện không hợp lệ.")
      .transform((value) => value || null),
    imageAlt: optionalText(500, "Mô tả ảnh tối đa 500 ký tự."),
    imageCaption: optionalText(500, "Chú thích ảnh tối đa 500 ký tự."),
    imageWidth: dimension,
    imageHeight: dimension,
    featured: z.string().optional().transform((value) => value === "on"),
    allowComments: z.string().optional().transform((value) => value === "on"),
    publishedAt: optionalDate,
    expiresAt: optionalDate,
  })
  .transform((input) => ({
    ...input,
    secondaryCategoryIds: input.secondaryCategoryIds.filter((id) => id !== input.categoryId),
    slug: slugify(input.slug || input.title),
    tags: parseTags(input.tags),
  }))
  .refine((input) => !input.publishedAt || !input.expiresAt || input.expiresAt > input.publishedAt, {
    message: "Thời điểm hết hạn phải sau thời điểm đăng.",
  });

export type ArticleInput = z.output<typeof articleInputSchema>;

/** "Giao thông, cầu Đà Giang, giao thông" → two tags, first spelling kept. */
export function parseTags(text: string): string[] {
  const bySlug = new Map<string, string>();
  for (const raw of text.split(/[,;\n]/)) {
    const name = raw.trim().replace(/\s+/g, " ").slice(0, 100);
    if (name && !bySlug.has(slugify(name))) bySlug.set(slugify(name), name);
  }
  return [...bySlug.values()].slice(0, MAX_TAGS);
}
