import "server-only";
import type { Prisma, PrismaClient } from "@/generated/sqlite/client";
import { resolveDatabaseTarget } from "./database-url";

export type Db = PrismaClient;
/** The client inside `db.$transaction(async (tx) => …)`, for domain steps composed into a caller's transaction. */
export type Tx = Prisma.TransactionClient;

// One client per process, kept on globalThis so hot reloads and the many modules that
// import this file share the same connection pool.
const globalForDb = globalThis as typeof globalThis & { portalDb?: Promise<Db> };

async function createClient(): Promise<Db> {
  const target = resolveDatabaseTarget();
  if (target.provider === "postgres") {
    // Loaded only for PostgreSQL, so such a deployment never opens the native SQLite module.
    const [{ PrismaClient: PgClient }, { PrismaPg }] = await Promise.all([
      import("@/generated/postgres/client"),
      import("@prisma/adapter-pg"),
    ]);
    // Both clients come from one data model; the SQLite type stands for both.
    return new PgClient({ adapter: new PrismaPg({ connectionString: target.url }) }) as unknown as Db;
  }
  const [{ PrismaClient: SqliteClient }, { PrismaBetterSQLite3 }, { serialisedSqlite }] = await Promise.all([
    import("@/generated/sqlite/client"),
    import("@prisma/adapter-better-sqlite3"),
    import("./serialised-sqlite"),
  ]);
  return new SqliteClient({ adapter: serialisedSqlite(new PrismaBetterSQLite3({ url: target.url, timeout: 10_000 })) });
}

export function getDb(): Promise<Db> {
  globalForDb.portalDb ??= createClient();
  return globalForDb.portalDb;
}

/** Closes the connection (scripts and tests); the next getDb() opens a new one. */
export async function closeDb(): Promise<void> {
  const pending = globalForDb.portalDb;
  globalForDb.portalDb = undefined;
  if (pending) await (await pending).$disconnect();
}
