import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { demoArticles, demoDocuments } from "../prisma/seed/content/demo-content";

// The production server never carries the seed: its code is run by scripts before the server
// starts (scripts/start.mjs), and the demo content is data those scripts read. A server that
// imports either (as instrumentation.ts once did, 245 KB of prose that crashed boot) has the
// seed's module paths or its prose in the bundle Next writes to .next/server.

const SERVER_BUNDLE = ".next/server";

/** Text that only the seed holds: its folder, as bundles name modules, its marker rows, and every title of the demo content. */
const SEED_ONLY = [
  "prisma/seed/",
  "demo-content-seeded-at",
  "published-passwords-checked-at",
  ...demoArticles.map((article) => article.title),
  ...demoDocuments.map((document) => document.title),
];

function bundleFiles(folder: string): string[] {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name));
}

test("the server bundle holds no seed module and no demo prose", () => {
  const files = bundleFiles(SERVER_BUNDLE);
  expect(files.length).toBeGreaterThan(50);
  const found: string[] = [];
  for (const file of files) {
    const text = readFileSync(file, "utf8");
    for (const needle of SEED_ONLY) if (text.includes(needle)) found.push(`${file}: ${needle.slice(0, 60)}`);
  }
  expect(found).toEqual([]);
});
