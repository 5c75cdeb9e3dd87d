// Plain JavaScript: `npm start` asks these questions on every start, and on a prepared install
// they must cost one query with the database driver, not a TypeScript loader and Prisma
// (scripts/start.mjs). The seed itself is TypeScript, run only when an answer says so.
import { existsSync } from "node:fs";

/** Setting rows the seed writes: the demo content is in; the accounts were checked for the passwords old READMEs published. */
export const SEEDED_MARKER = "demo-content-seeded-at";
export const PUBLISHED_PASSWORDS_CHECKED_MARKER = "published-passwords-checked-at";

const LOCAL_HOSTS = new Set(["localhost", "127.0.0.1", "[::1]"]);

/**
 * Whether this install wants the demo content and the demo accounts. SEED_DEMO=true or false
 * decides; unset, only a portal whose address is this machine gets them (NEXTAUTH_URL unset,
 * as on a newcomer's `npm start`, or pointing to localhost). A portal given its public address,
 * as the README's deployment sections do, starts empty unless asked.
 */
export function demoContentWanted(env = process.env) {
  if (env.SEED_DEMO === "true") return true;
  if (env.SEED_DEMO === "false") return false;
  if (env.SEED_DEMO) throw new Error(`SEED_DEMO phải là true hoặc false, không phải "${env.SEED_DEMO}".`);
  if (!env.NEXTAUTH_URL) return true;
  try {
    return LOCAL_HOSTS.has(new URL(env.NEXTAUTH_URL).hostname);
  } catch {
    return false;
  }
}

const STATE_QUERY = (first, second) =>
  `SELECT EXISTS(SELECT 1 FROM "Setting" WHERE "key" = ${first}) AS "demoContent",
          EXISTS(SELECT 1 FROM "Setting" WHERE "key" = ${second}) AS "passwordsChecked",
          EXISTS(SELECT 1 FROM "User" WHERE "role" = 'admin') AS "administrator"`;

/**
 * What the seed has done in this database, read with the driver alone. A database that does
 * not exist yet or has no tables has had nothing done.
 */
export async function readSeedState(target) {
  const nothing = { demoContent: false, passwordsChecked: false, administrator: false };
  const markers = [SEEDED_MARKER, PUBLISHED_PASSWORDS_CHECKED_MARKER];
  let row;
  try {
    if (target.provider === "sqlite") {
      if (!existsSync(target.file)) return nothing;
      const { default: Database } = await import("better-sqlite3");
      const db = new Database(target.file, { readonly: true, fileMustExist: true });
      try {
        row = db.prepare(STATE_QUERY("?", "?")).get(...markers);
      } finally {
        db.close();
      }
    } else {
      const { default: pg } = await import("pg");
      const client = new pg.Client({ connectionString: target.url });
      await client.connect();
      try {
        row = (await client.query(STATE_QUERY("$1", "$2"), markers)).rows[0];
      } finally {
        await client.end();
      }
    }
  } catch {
    // Tables missing or the database unreadable: the seed script runs and reports what is wrong.
    return nothing;
  }
  return { demoContent: Boolean(row.demoContent), passwordsChecked: Boolean(row.passwordsChecked), administrator: Boolean(row.administrator) };
}

/**
 * Whether the seed script has anything to do: no administrator yet, accounts not yet checked
 * for published passwords, demo content wanted but missing, or ADMIN_PASSWORD given (it has to
 * be compared with the account's, which only the seed does).
 */
export function seedingNeeded(state, { demo, env = process.env }) {
  return !state.administrator || !state.passwordsChecked || (demo && !state.demoContent) || Boolean(env.ADMIN_PASSWORD);
}
