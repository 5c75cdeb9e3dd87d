import { createRequire } from "node:module";
import path from "node:path";
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from "node:worker_threads";
import Database from "better-sqlite3";
import { E2E_SQLITE_FILE, e2eOnPostgres } from "./e2e-database-url";

// Synchronous queries on the e2e database for the helpers in database.ts and
// editorial-accounts.ts, which the specs call while building their expectations. SQLite reads are synchronous by nature; pg is asynchronous
// only, so on PostgreSQL a worker thread holds the connection and this thread waits on a shared
// flag for each answer. Rows come back shaped as better-sqlite3 returns them (dates as epoch
// milliseconds, booleans as 0/1), so the helpers read both databases alike.

type Row = Record<string, unknown>;
type Reader = (sql: string, params: unknown[]) => Row[];

// Plain JavaScript: a worker does not go through Playwright's TypeScript loader.
const POSTGRES_WORKER = `
const { workerData } = require("node:worker_threads");
const pg = require(workerData.pgPath);
// Prisma stores UTC in "timestamp without time zone"; pg would read it in the local zone.
pg.types.setTypeParser(1114, (text) => Date.parse(text.replace(" ", "T") + "Z"));
pg.types.setTypeParser(16, (text) => (text === "t" ? 1 : 0));
pg.types.setTypeParser(20, Number);
const client = new pg.Client({ connectionString: workerData.url });
const ready = client.connect();
const { port, flag } = workerData;
port.on("message", async ({ sql, params }) => {
  try {
    await ready;
    port.postMessage({ rows: (await client.query(sql, params)).rows });
  } catch (error) {
    port.postMessage({ error: String(error && error.message) });
  }
  Atomics.store(flag, 0, 1);
  Atomics.notify(flag, 0);
});
`;

function postgresReader(url: string): Reader {
  const { port1, port2 } = new MessageChannel();
  const flag = new Int32Array(new SharedArrayBuffer(4));
  const pgPath = createRequire(path.join(process.cwd(), "package.json")).resolve("pg");
  const worker = new Worker(POSTGRES_WORKER, { eval: true, workerData: { url, pgPath, port: port2, flag }, transferList: [port2 as MessagePort] });
  worker.unref();
  port1.unref();
  return (sql, params) => {
    Atomics.store(flag, 0, 0);
    let n = 0;
    // Placeholders are written `?` as in SQLite; pg numbers them.
    port1.postMessage({ sql: sql.replace(/\?/g, () => `$${++n}`), params });
    if (Atomics.wait(flag, 0, 0, 30_000) === "timed-out") throw new Error(`PostgreSQL e2e không trả lời: ${sql}`);
    const reply = receiveMessageOnPort(port1)?.message as { rows?: Row[]; error?: string } | undefined;
    if (!reply || reply.error !== undefined) throw new Error(`Truy vấn e2e thất bại (${reply?.error}): ${sql}`);
    return reply.rows!;
  };
}

function sqliteReader(): Reader {
  const db = new Database(E2E_SQLITE_FILE, { fileMustExist: true });
  return (sql, params) => db.prepare(sql).all(...params) as Row[];
}

let reader: Reader | undefined;

/**
 * Every row a query on the e2e database returns (an INSERT returns rows with RETURNING). Write
 * identifiers in double quotes, booleans as TRUE/FALSE and parameters as `?`: the same text then
 * runs on SQLite and PostgreSQL.
 */
export function queryRows<T = Row>(sql: string, ...params: unknown[]): T[] {
  reader ??= e2eOnPostgres() ? postgresReader(process.env.E2E_DATABASE_URL!) : sqliteReader();
  return reader(sql, params) as T[];
}

export function queryRow<T = Row>(sql: string, ...params: unknown[]): T | undefined {
  return queryRows<T>(sql, ...params)[0];
}
