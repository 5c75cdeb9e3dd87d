import { resolveDatabaseTarget } from "../lib/db/database-url";
import { applyMigrations } from "../lib/db/migrate";

/** Applies pending migrations and, unless SEED_DEMO=false, the demo content. */
export async function prepareDatabase({ seed = process.env.SEED_DEMO !== "false" } = {}): Promise<void> {
  const target = resolveDatabaseTarget();
  const applied = await applyMigrations(target);
  for (const name of applied) console.log(`[cơ sở dữ liệu] đã áp dụng migration ${name}`);
  if (!seed) return;
  const [{ getDb, closeDb }, { seedDemoContent }] = await Promise.all([
    import("../lib/db/client"),
    import("../prisma/seed/seed-demo-content"),
  ]);
  const result = await seedDemoContent(await getDb());
  if (result.seeded) {
    console.log(`[cơ sở dữ liệu] đã nạp nội dung mẫu: ${result.articles} bài viết, ${result.documents} văn bản`);
  }
  await closeDb();
}
