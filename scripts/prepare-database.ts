import { closeDb, getDb } from "../lib/db/client";
import { resolveDatabaseTarget } from "../lib/db/database-url";
import { applyMigrations } from "../lib/db/migrate";

/**
 * Applies pending migrations, then, unless `seed` is "none", the seed (prisma/seed/seed-database.ts):
 * "accounts" checks the accounts and creates the administrator, "demo" adds the demo content and staff.
 */
export async function prepareDatabase(seed: "none" | "accounts" | "demo"): Promise<void> {
  const target = resolveDatabaseTarget();
  const applied = await applyMigrations(target);
  for (const name of applied) console.log(`[cơ sở dữ liệu] đã áp dụng migration ${name}`);
  if (seed === "none") return;
  const { seedDatabase } = await import("../prisma/seed/seed-database");
  try {
    const result = await seedDatabase(await getDb(), { demo: seed === "demo" });
    if (result.seeded) console.log(`[cơ sở dữ liệu] đã nạp nội dung mẫu: ${result.articles} bài viết, ${result.documents} văn bản`);
  } finally {
    await closeDb();
  }
}
