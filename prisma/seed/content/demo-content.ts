// The demo portal's content, written by the team for the fictional province of Sơn Hà (all
// names of people, places, numbers and contents are invented). It is data, kept as JSON beside
// this module and read by the seed scripts only: the production server never loads it
// (e2e/server-bundle.spec.ts). The shapes are checked as the files are read, so a broken edit
// stops the seed with the file and the field at fault; the content's own rules (lengths,
// references between items) are in content.test.ts.
import { readFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";

const slugged = z.object({ slug: z.string().min(1), name: z.string().min(1) });

const categorySchema = slugged.extend({ description: z.string().min(1) });

const articleSchema = z.strictObject({
  /** A category slug from categories.json. */
  category: z.string(),
  /** 50–120 characters, unique across all articles. */
  title: z.string(),
  /** 1–2 sentences, 150–300 characters. */
  summary: z.string(),
  /** 3–6 plain-text paragraphs of 300–700 characters; the seed wraps each in <p>. */
  paragraphs: z.array(z.string()),
  /** image is a key of images.json. */
  figure: z.strictObject({ image: z.string(), caption: z.string(), alt: z.string() }).optional(),
  author: z.string(),
  source: z.strictObject({ name: z.string(), url: z.string().optional() }).optional(),
  /** 1–4 short tags. */
  tags: z.array(z.string()),
  /** Omitted = published. */
  state: z.enum(["draft", "review", "scheduled"]).optional(),
});

// Illustrations drawn by scripts/draw-demo-images.ts (flat-style SVG, 1200×675, no text
// inside); the file's place and size follow from the key, so only the key and the
// description are data.
const imageSchema = z.strictObject({ key: z.string().regex(/^[a-z0-9-]+$/), description: z.string() });

const documentSchema = z.strictObject({
  /** Số, ký hiệu: unique, consistent with the type and the issuing body. */
  number: z.string(),
  /** Trích yếu, 60–200 characters. */
  title: z.string(),
  /** 1–3 sentences. */
  abstract: z.string(),
  /** A document type slug. */
  type: z.string(),
  /** 1–2 field slugs. */
  fields: z.array(z.string()),
  /** An issuing body slug. */
  issuingBody: z.string(),
  /** A signer's name; the signer's office is the issuing body. */
  signer: z.string(),
  /** "YYYY-MM-DD" */
  issuedAt: z.string(),
  effectiveAt: z.string().optional(),
  expiresAt: z.string().optional(),
  /** Numbers of earlier demo documents that this one replaces. */
  replaces: z.array(z.string()).optional(),
  /** Numbers of related demo documents. */
  related: z.array(z.string()).optional(),
  /** Downloading the file requires signing in. */
  signedInOnly: z.boolean().optional(),
  /** 2–4 short paragraphs of body text for the generated PDF. */
  pages: z.array(z.string()),
});

const librarySchema = z.strictObject({
  types: z.array(slugged),
  fields: z.array(slugged),
  // Only bodies that have a signer are listed, so every document's signer belongs to the body that issued it.
  issuingBodies: z.array(slugged),
  signers: z.array(z.strictObject({ name: z.string(), position: z.string(), office: z.string() })),
  documents: z.array(documentSchema),
});

export type DemoCategory = z.infer<typeof categorySchema>;
export type DemoArticle = z.infer<typeof articleSchema>;
export type DemoImage = { key: string; file: string; width: number; height: number; description: string };
export type DemoDocument = z.infer<typeof documentSchema>;

// From the project's root, where every script, test runner and `npm start` runs (as .data/ and
// .next/ are found): this module is loaded by tsx, vitest and Playwright, which do not agree on import.meta.
const CONTENT_DIR = path.join("prisma", "seed", "content");

function readContent<T>(file: string, schema: z.ZodType<T>): T {
  const parsed = schema.safeParse(JSON.parse(readFileSync(path.join(CONTENT_DIR, file), "utf8")));
  if (!parsed.success) throw new Error(`${path.join(CONTENT_DIR, file)}: ${z.prettifyError(parsed.error)}`);
  return parsed.data;
}

/** The news categories (chuyên mục), in display order. */
export const demoCategories: DemoCategory[] = readContent("categories.json", z.array(categorySchema));

/** The articles, two categories at a time in the order of demoCategories. */
export const demoArticles: DemoArticle[] = readContent("articles.json", z.array(articleSchema));

export const demoImages: DemoImage[] = readContent("images.json", z.array(imageSchema)).map(({ key, description }) => ({
  key,
  file: `/images/demo/${key}.svg`,
  width: 1200,
  height: 675,
  description,
}));

const library = readContent("documents.json", librarySchema);
export const demoDocumentTypes = library.types;
export const demoFields = library.fields;
export const demoIssuingBodies = library.issuingBodies;
export const demoSigners = library.signers;
/** 36 numbered documents whose body text the seed renders into PDFs. */
export const demoDocuments: DemoDocument[] = library.documents;
