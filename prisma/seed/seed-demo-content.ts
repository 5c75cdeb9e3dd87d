import type { Db } from "@/lib/db/client";
import { demoArticles, demoDocuments } from "./content/demo-content";
import type { DrawnPassword } from "./demo-accounts";
import { SEEDED_MARKER } from "./seed-state.mjs";
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
 * Fills the database with the demo portal once (a marker row, written in the same transaction
 * as the content); the passwords drawn for the demo staff are added to `drawn` once they are committed.
 */
export async function seedDemoContent(
  db: Db,
  { adminId, now, drawn }: { adminId: number; now: Date; drawn: DrawnPassword[] },
): Promise<SeedResult> {
  if (await db.setting.findUnique({ where: { key: SEEDED_MARKER } })) return { seeded: false, articles: 0, documents: 0 };
  // Seconds and milliseconds dropped: the date line shows minutes, and neighbour ordering stays readable.
  const base = new Date(Math.floor(now.getTime() / MINUTE) * MINUTE);
  const staffDrawn: DrawnPassword[] = [];
  await db.$transaction(
    async (tx) => {
      for (const step of SEED_STEPS) await step({ db: tx as Db, adminId, now: base, drawn: staffDrawn });
      await tx.setting.create({ data: { key: SEEDED_MARKER, value: base.toISOString() } });
    },
    { timeout: 300_000, maxWait: 30_000 },
  );
  drawn.push(...staffDrawn);
  return { seeded: true, articles: demoArticles.length, documents: demoDocuments.length };
}
