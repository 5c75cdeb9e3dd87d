import { resolveDatabaseTarget, type DatabaseTarget } from "@/lib/db/database-url";
import { isDemoContentInPlace } from "./demo-content-check";

/**
 * Puts the demo content and the editor account in unless they are there already (or, with
 * ADMIN_PASSWORD, makes the account's password match it). Run by every server at boot
 * (instrumentation.ts) and by the scripts that prepare a database; on a prepared install it
 * only asks the database driver one question. The Prisma client it may open stays open for
 * the caller: a server keeps using it, a script closes it.
 */
export async function seedDemoContentIfMissing(target: DatabaseTarget = resolveDatabaseTarget()): Promise<void> {
  if (!process.env.ADMIN_PASSWORD && (await isDemoContentInPlace(target))) return;
  const [{ getDb }, { seedDemoContent }] = await Promise.all([import("@/lib/db/client"), import("./seed-demo-content")]);
  const result = await seedDemoContent(await getDb());
  if (result.seeded) {
    console.log(`[cơ sở dữ liệu] đã nạp nội dung mẫu: ${result.articles} bài viết, ${result.documents} văn bản`);
  }
}
