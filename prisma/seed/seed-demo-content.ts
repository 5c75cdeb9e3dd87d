import type { Db } from "@/lib/db/client";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { demoArticles } from "./content/articles";
import { demoDocuments } from "./content/documents";
import { adminEmail, DEMO_ADMIN } from "./demo-admin";
import { SEEDED_MARKER } from "./demo-content-check";
import { seedComments } from "./seed-comments";
import { seedDocuments } from "./seed-documents";
import { seedNews } from "./seed-news";
import { seedStats } from "./seed-stats";
import { seedUsers } from "./seed-users";


const MINUTE = 60_000;

export type SeedResult = { seeded: boolean; articles: number; documents: number };

/** What every seed step gets: a transaction, the editor account, and the seed's "now" (whole minutes). */
export type SeedContext = { db: Db; adminId: number; now: Date };

/**
 * The demo portal, one step per area, run in order inside one transaction. A feature
 * that needs demo data adds its step here.
 */
const SEED_STEPS: ((context: SeedContext) => Promise<void>)[] = [
  seedUsers,
  seedNews,
  seedDocuments,
  seedComments,
  seedStats,
];

/**
 * Fills an empty database with the demo portal. Safe to run again: the editor account is
 * created when missing, the content only once (a marker row, written in the same
 * transaction as the content).
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
      for (const step of SEED_STEPS) await step({ db: tx as Db, adminId: admin.id, now: base });
      await tx.setting.create({ data: { key: SEEDED_MARKER, value: base.toISOString() } });
    },
    { timeout: 300_000, maxWait: 30_000 },
  );
  return { seeded: true, articles: demoArticles.length, documents: demoDocuments.length };
}

/**
 * The editor account: created when missing. An existing account keeps the password its owner
 * set in the editor area, unless ADMIN_PASSWORD is given, which always wins.
 */
async function upsertAdmin(db: Db) {
  const email = adminEmail();
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
