import { resolveDatabaseTarget } from "./database-url";
import { applyMigrations } from "./migrate";

/** Brings the database up to the code's schema before the server answers, or stops the server. */
export async function migrateOnBoot(): Promise<void> {
  try {
    const applied = await applyMigrations(resolveDatabaseTarget());
    for (const name of applied) console.log(`[cơ sở dữ liệu] đã áp dụng migration ${name}`);
  } catch (error) {
    console.error(`[cơ sở dữ liệu] không thể chuẩn bị cơ sở dữ liệu: ${(error as Error).message}`);
    process.exit(1);
  }
}
