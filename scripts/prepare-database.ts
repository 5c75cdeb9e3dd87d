import { closeDb } from "../lib/db/client";
import { resolveDatabaseTarget } from "../lib/db/database-url";
import { applyMigrations } from "../lib/db/migrate";
import { seedDemoContentIfMissing } from "../prisma/seed/seed-if-missing";

/** Applies pending migrations and, unless SEED_DEMO=false, the demo content. */
export async function prepareDatabase({ seed = process.env.SEED_DEMO !== "false" } = {}): Promise<void> {
  const target = resolveDatabaseTarget();
  const applied = await applyMigrations(target);
  for (const name of applied) console.log(`[cơ sở dữ liệu] đã áp dụng migration ${name}`);
  if (!seed) return;
  await seedDemoContentIfMissing(target);
  await closeDb();
}
