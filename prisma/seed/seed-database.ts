import type { Db } from "@/lib/db/client";
import { ensureDemoAccount, recordDrawnPasswords, retirePublishedPasswords, DRAWN_PASSWORDS_FILE, type DrawnPassword } from "./demo-accounts";
import { adminEmail, DEMO_ADMIN } from "./demo-admin";
import { seedDemoContent, type SeedResult } from "./seed-demo-content";
import { PUBLISHED_PASSWORDS_CHECKED_MARKER } from "./seed-state.mjs";

/**
 * What every install gets from the seed: no account left with a password an old README
 * published, and the administrator (ADMIN_EMAIL; ADMIN_PASSWORD, when given, always wins);
 * with `demo`, the demo content and the demo staff as well. Safe to run again. Every password
 * drawn is shown and kept, whatever becomes of the rest.
 */
export async function seedDatabase(
  db: Db,
  { demo, now = new Date(), passwordsFile = DRAWN_PASSWORDS_FILE }: { demo: boolean; now?: Date; passwordsFile?: string },
): Promise<SeedResult> {
  const drawn: DrawnPassword[] = [];
  try {
    if (!(await db.setting.findUnique({ where: { key: PUBLISHED_PASSWORDS_CHECKED_MARKER } }))) {
      await retirePublishedPasswords(db, drawn);
      await db.setting.create({ data: { key: PUBLISHED_PASSWORDS_CHECKED_MARKER, value: now.toISOString() } });
    }
    const admin = await ensureDemoAccount(db, { email: adminEmail(), name: DEMO_ADMIN.name, role: "admin" }, process.env.ADMIN_PASSWORD || undefined);
    if (admin.drawn) drawn.push(admin.drawn);
    if (!demo) return { seeded: false, articles: 0, documents: 0 };
    return await seedDemoContent(db, { adminId: admin.id, now, drawn });
  } finally {
    recordDrawnPasswords(drawn, passwordsFile);
  }
}
