// Demo news articles for the seed. The text lives in articles-1.ts … articles-3.ts
// (two categories each); this module defines the shape and joins them in order.

import { articlesPart1 } from "./articles-1";
import { articlesPart2 } from "./articles-2";
import { articlesPart3 } from "./articles-3";

export type DemoArticle = {
  /** A category slug from categories.ts. */
  category: string;
  /** 50–120 characters, unique across all articles. */
  title: string;
  /** 1–2 sentences, 150–300 characters. */
  summary: string;
  /** 3–6 plain-text paragraphs of 300–700 characters; the seed wraps each in <p>. */
  paragraphs: string[];
  /** image is a key of demoImages (images.ts). */
  figure?: { image: string; caption: string; alt: string };
  author: string;
  source?: { name: string; url?: string };
  /** 1–4 short tags. */
  tags: string[];
  /** Omitted = published. */
  state?: "draft" | "review" | "scheduled";
};

export const demoArticles: DemoArticle[] = [...articlesPart1, ...articlesPart2, ...articlesPart3];
