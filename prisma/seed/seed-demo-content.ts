import type { Db } from "@/lib/db/client";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { articleSearchText } from "@/lib/articles/search-text";
import { documentSearchText } from "@/lib/documents/search-text";
import { escapeHtml } from "@/lib/text/escape-html";
import { slugify } from "@/lib/text/slugify";
import { demoArticles, type DemoArticle } from "./content/articles";
import { demoCategories } from "./content/categories";
import {
  demoDocumentTypes,
  demoDocuments,
  demoFields,
  demoIssuingBodies,
  demoSigners,
} from "./content/documents";
import { demoImages } from "./content/images";

export const DEMO_ADMIN = { email: "bientap@sonha.gov.vn", password: "SonHa@2026", name: "Ban biên tập" };

const SEEDED_MARKER = "demo-content-seeded-at";
const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

export type SeedResult = { seeded: boolean; articles: number; documents: number };

/**
 * Fills an empty database with the demo portal. Safe to run again: the editor account is
 * brought in line with ADMIN_EMAIL / ADMIN_PASSWORD every time, the content only once
 * (a marker row, written in the same transaction as the content).
 */
export async function seedDemoContent(db: Db, now = new Date()): Promise<SeedResult> {
  const admin = await upsertAdmin(db);
  if (await db.setting.findUnique({ where: { key: SEEDED_MARKER } })) {
    return { seeded: false, articles: 0, documents: 0 };
  }
  // Seconds and milliseconds dropped: the date line shows minutes, and neighbour ordering stays readable.
  const base = new Date(Math.floor(now.getTime() / MINUTE) * MINUTE);
  await db.$transaction(
    async (tx) => {
      const categoryIds = await seedCategories(tx as Db);
      await seedArticles(tx as Db, categoryIds, admin.id, base);
      await seedDocuments(tx as Db, admin.id);
      await tx.setting.create({ data: { key: SEEDED_MARKER, value: base.toISOString() } });
    },
    { timeout: 120_000, maxWait: 30_000 },
  );
  return { seeded: true, articles: demoArticles.length, documents: demoDocuments.length };
}

/**
 * The editor account: created when missing. An existing account keeps the password its owner
 * set in the editor area, unless ADMIN_PASSWORD is given, which always wins.
 */
async function upsertAdmin(db: Db) {
  const email = (process.env.ADMIN_EMAIL || DEMO_ADMIN.email).trim().toLowerCase();
  const configuredPassword = process.env.ADMIN_PASSWORD;
  const existing = await db.user.findUnique({ where: { email } });
  if (existing && (!configuredPassword || (await verifyPassword(configuredPassword, existing.passwordHash)))) {
    return existing;
  }
  const passwordHash = await hashPassword(configuredPassword || DEMO_ADMIN.password);
  if (existing) {
    return db.user.update({ where: { id: existing.id }, data: { passwordHash, tokenVersion: { increment: 1 } } });
  }
  return db.user.create({ data: { email, name: DEMO_ADMIN.name, passwordHash, role: "admin" } });
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

/** A small deterministic hash, so every seeded database tells the same story. */
function stableNumber(text: string): number {
  let hash = 2166136261;
  for (const char of text) hash = Math.imul(hash ^ char.codePointAt(0)!, 16777619);
  return hash >>> 0;
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

const parseDay = (day: string) => new Date(`${day}T08:00:00+07:00`);

async function seedDocuments(db: Db, adminId: number) {
  const typeIds = new Map<string, number>();
  for (const [position, type] of demoDocumentTypes.entries()) {
    typeIds.set(type.slug, (await db.documentType.create({ data: { ...type, position } })).id);
  }
  const fieldIds = new Map<string, number>();
  for (const [position, field] of demoFields.entries()) {
    fieldIds.set(field.slug, (await db.documentField.create({ data: { ...field, position } })).id);
  }
  const bodyIds = new Map<string, number>();
  for (const [position, body] of demoIssuingBodies.entries()) {
    bodyIds.set(body.slug, (await db.issuingBody.create({ data: { ...body, position } })).id);
  }
  const signerIds = new Map<string, number>();
  for (const signer of demoSigners) {
    signerIds.set(signer.name, (await db.signer.create({ data: signer })).id);
  }

  const documentIds = new Map<string, number>();
  for (const document of demoDocuments) {
    const row = await db.document.create({
      data: {
        number: document.number,
        title: document.title,
        slug: slugify(document.title),
        abstract: document.abstract,
        bodyText: document.pages.join("\n\n"),
        typeId: typeIds.get(document.type)!,
        issuingBodyId: bodyIds.get(document.issuingBody)!,
        signerId: signerIds.get(document.signer) ?? null,
        issuedAt: parseDay(document.issuedAt),
        effectiveAt: document.effectiveAt ? parseDay(document.effectiveAt) : null,
        expiresAt: document.expiresAt ? parseDay(document.expiresAt) : null,
        downloadAccess: document.signedInOnly ? "signed-in" : "public",
        viewCount: 30 + (stableNumber(document.number) % 900),
        downloadCount: 5 + (stableNumber(`${document.number}/d`) % 250),
        searchText: documentSearchText(document),
        createdById: adminId,
        fields: { create: document.fields.map((slug) => ({ fieldId: fieldIds.get(slug)! })) },
      },
    });
    documentIds.set(document.number, row.id);
  }
  for (const document of demoDocuments) {
    const fromId = documentIds.get(document.number)!;
    const links = [
      ...(document.replaces ?? []).map((number) => ({ number, kind: "replaces" })),
      ...(document.related ?? []).map((number) => ({ number, kind: "related" })),
    ];
    for (const link of links) {
      await db.documentRelation.create({ data: { fromId, toId: documentIds.get(link.number)!, kind: link.kind } });
    }
  }
}
