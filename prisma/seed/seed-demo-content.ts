import type { Db } from "@/lib/db/client";
import { demoArticles, demoDocuments } from "./content/demo-content";
import { announceDrawnPasswords, ensureDemoAccount, type DrawnPassword } from "./demo-accounts";
import { adminEmail, DEMO_ADMIN } from "./demo-admin";
import { SEEDED_MARKER } from "./demo-content-check";
import { seedComments } from "./seed-comments";
import { seedDocuments } from "./seed-documents";
import { seedNews } from "./seed-news";
import { seedStats } from "./seed-stats";
import { seedUsers } from "./seed-users";


const MINUTE = 60_000;

export type SeedResult = { seeded: boolean; articles: number; documents: number };

/**
 * What every seed step gets: a transaction, the editor account, the seed's "now" (whole
 * minutes), and where to put the passwords drawn for the accounts it creates.
 */
export type SeedContext = { db: Db; adminId: number; now: Date; drawn: DrawnPassword[] };

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
  // The editor account: created when missing; ADMIN_PASSWORD, when given, always wins.
  const admin = await ensureDemoAccount(db, { email: adminEmail(), name: DEMO_ADMIN.name, role: "admin" }, process.env.ADMIN_PASSWORD || undefined);
  const adminDrawn = admin.drawn ? [admin.drawn] : [];
  if (await db.setting.findUnique({ where: { key: SEEDED_MARKER } })) {
    announceDrawnPasswords(adminDrawn);
    return { seeded: false, articles: 0, documents: 0 };
  }
  // Seconds and milliseconds dropped: the date line shows minutes, and neighbour ordering stays readable.
  const base = new Date(Math.floor(now.getTime() / MINUTE) * MINUTE);
  const drawn: DrawnPassword[] = [];
  try {
    await db.$transaction(
      async (tx) => {
        for (const step of SEED_STEPS) await step({ db: tx as Db, adminId: admin.id, now: base, drawn });
        await tx.setting.create({ data: { key: SEEDED_MARKER, value: base.toISOString() } });
      },
      { timeout: 300_000, maxWait: 30_000 },
    );
  } catch (error) {
    // The administrator exists whatever became of the content: its password must not be lost.
    announceDrawnPasswords(adminDrawn);
    throw error;
  }
  announceDrawnPasswords([...adminDrawn, ...drawn]);
  return { seeded: true, articles: demoArticles.length, documents: demoDocuments.length };
}
