// `npm run bench`: builds and starts the production server on a generated database, loads
// it from this (second) process on 127.0.0.1 with autocannon at 16 and 64 connections,
// checks that the counters equal the accepted requests, writes bench-results/*.json and
// compares the figures with the budgets. A benchmark, not a test: it never runs in `npm test`.
// Startup time is measured apart, by scripts/bench/measure-startup.sh.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { randomUUID } from "node:crypto";
import { mkdirSync, writeFileSync } from "node:fs";
import autocannon from "autocannon";
import Database from "better-sqlite3";
import { closeDb } from "../../lib/db/client";
import { prepareRuntimeEnv } from "../runtime-env.mjs";
import { generateBenchData } from "./generate-bench-data";

const PORT = Number(process.env.BENCH_PORT ?? 3400);
const BASE = `http://127.0.0.1:${PORT}`;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
// Counting routes are loaded by a fixed number of requests rather than for a time, so every
// request is answered before the counters are compared (none is cut off in flight).
const COUNTED_REQUESTS = Number(process.env.BENCH_COUNTED_REQUESTS ?? 3000);
// The view route answers thousands a second: 3,000 would be over in a second or so.
const VIEW_REQUESTS = Number(process.env.BENCH_VIEW_REQUESTS ?? 20_000);
// Each target is first loaded, unmeasured, for this long: a server in service has long since
// compiled its hot paths, and a short counted run would otherwise mostly measure the JIT.
const WARMUP_SECONDS = Number(process.env.BENCH_WARMUP_SECONDS ?? 10);
const DATABASE_FILE = ".data/bench.db";
const BROWSER_UA = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36";

type Target = {
  name: string;
  path: string;
  method?: "GET" | "POST";
  /**
   * A new visitor (cookie, and address as a load balancer would forward it) and body for every
   * request: counting routes count each visitor once, and limit each address.
   */
  perRequest?: () => { cookie: string; address: string; body?: string };
  /** For the counting routes (POST): how many requests, instead of BENCH_COUNTED_REQUESTS. */
  requests?: number;
  budget?: { rps: number; p99?: number };
};

type Row = { target: string; connections: number; rps: number; p50: number; p99: number; errors: number; non2xx: number; ok: number; meetsBudget: boolean | null };

function sqlite() {
  return new Database(DATABASE_FILE, { readonly: true });
}

async function waitForServer(server: ChildProcess) {
  for (let waited = 0; waited < 120_000; waited += 500) {
    if (server.exitCode !== null) throw new Error("máy chủ đã dừng");
    try {
      if ((await fetch(`${BASE}/`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error("máy chủ không sẵn sàng sau 120 giây");
}

// Page loads come from a returning reader's browser, which sends its visitor cookie.
const RETURNING_READER = `vid=${randomUUID()}`;

/**
 * One load and how long it took until its last answer: autocannon reports its result on the
 * next whole-second tick, so a fixed number of requests that ends at 9.1 s would read as 10 s.
 */
async function load(target: Target, connections: number, { warmUp = false } = {}): Promise<{ result: autocannon.Result; seconds: number }> {
  const headers = { "user-agent": BROWSER_UA, "content-type": "application/json", cookie: RETURNING_READER };
  const counted = target.method === "POST";
  const instance = autocannon({
    url: `${BASE}${target.path}`,
    connections,
    ...(warmUp ? { duration: WARMUP_SECONDS } : counted ? { amount: target.requests ?? COUNTED_REQUESTS } : { duration: SECONDS }),
    method: target.method ?? "GET",
    headers,
    requests: target.perRequest
      ? [{ setupRequest: (request: Record<string, unknown>) => {
          const { cookie, address, body } = target.perRequest!();
          return { ...request, headers: { ...headers, cookie, "x-forwarded-for": address }, body };
        } }]
      : undefined,
    // Without a callback the instance is both the progress emitter and the promise of the result.
  } as autocannon.Options) as unknown as autocannon.Instance & PromiseLike<autocannon.Result>;
  const startedAt = performance.now();
  let lastAnswerAt = startedAt;
  instance.on("response", () => (lastAnswerAt = performance.now()));
  const result = await instance;
  return { result, seconds: (lastAnswerAt - startedAt) / 1000 };
}

async function main() {
  process.env.DATABASE_URL = `file:./${DATABASE_FILE}`;
  process.env.PORT = String(PORT);
  prepareRuntimeEnv();
  console.log("[bench] chuẩn bị dữ liệu (5.000+ bài viết, 2.000+ văn bản)…");
  await generateBenchData();
  await closeDb();
  if (process.env.BENCH_SKIP_BUILD !== "1") {
    const build = spawnSync("npx", ["next", "build"], { stdio: "inherit" });
    if (build.status !== 0) throw new Error("next build thất bại");
  }

  const db = sqlite();
  const article = db
    .prepare(`SELECT a.id, a.slug, c.slug AS category FROM Article a JOIN Category c ON c.id = a.categoryId
              WHERE a.status = 'published' AND a.publishedAt IS NOT NULL ORDER BY a.publishedAt DESC LIMIT 1 OFFSET 20`)
    .get() as { id: number; slug: string; category: string };
  db.close();

  const visitor = () => ({ cookie: `vid=${randomUUID()}`, address: randomAddress() });
  const targets: Target[] = [
    { name: "trang bài viết", path: `/tin-tuc/${article.category}/${article.slug}-${article.id}`, budget: { rps: 1500, p99: 50 } },
    { name: "trang chủ", path: "/", budget: { rps: 1500, p99: 50 } },
    { name: "trang chuyên mục", path: `/tin-tuc/${article.category}`, budget: { rps: 1500, p99: 50 } },
    { name: "văn bản có lọc", path: "/van-ban?q=bao+cao" },
    { name: "tìm kiếm", path: "/tim-kiem?q=giao+thong", perRequest: visitor },
    { name: "POST lượt xem", path: `/api/articles/${article.id}/views`, method: "POST", perRequest: visitor, requests: VIEW_REQUESTS, budget: { rps: 2000 } },
    { name: "POST đánh giá", path: `/api/articles/${article.id}/rating`, method: "POST", perRequest: () => ({ ...visitor(), body: JSON.stringify({ score: 4 }) }), budget: { rps: 1000 } },
    { name: "/api/stats", path: "/api/stats", budget: { rps: 3000 } },
  ];

  // BENCH_ONLY="lượt xem" measures the targets whose name contains it, while working on one.
  const only = process.env.BENCH_ONLY;
  const measured = only ? targets.filter((target) => target.name.includes(only)) : targets;

  // Behind a load balancer (TRUST_PROXY=1) each reader's own address arrives in X-Forwarded-For.
  // The server `npm start` runs: Next behind the page cache's front door.
  const server = spawn(process.execPath, ["scripts/serve.mjs", "-p", String(PORT), "-H", "127.0.0.1"], {
    stdio: ["ignore", "ignore", "inherit"],
    env: { ...process.env, TRUST_PROXY: "1" },
    detached: true,
  });
  // The server runs in its own process group so that it is stopped with everything it started,
  // also when this script is interrupted.
  const stopServer = () => {
    try {
      process.kill(-server.pid!, "SIGTERM");
    } catch {
      // already gone
    }
  };
  process.on("exit", stopServer);
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => process.exit(130));
  const rows: Row[] = [];
  // A request the client gave up on (autocannon's 10 s timeout) may still have been counted by the
  // server: then the count must lie between the accepted requests and those plus the timed-out ones.
  const counterChecks: { target: string; accepted: number; timedOut: number; counted: number; exact: boolean }[] = [];
  try {
    await waitForServer(server);
    for (const target of measured) {
      for (const connections of [16, 64]) {
        if (WARMUP_SECONDS > 0) {
          await load(target, connections, { warmUp: true });
          await countersSettled(article.id);
        }
        const before = counters(article.id);
        const { result, seconds } = await load(target, connections);
        const after = counters(article.id);
        const ok = (result as unknown as Record<string, number>)["2xx"] ?? 0;
        if (target.path.endsWith("/views") || target.path.endsWith("/rating")) {
          const counted = target.path.endsWith("/views") ? after.views - before.views : after.ratings - before.ratings;
          const timedOut = result.timeouts;
          counterChecks.push({ target: `${target.name} @${connections}`, accepted: ok, timedOut, counted, exact: counted >= ok && counted <= ok + timedOut });
        }
        // Over the whole run: autocannon's average of per-second counts undercounts a fixed number
        // of requests whose run ends early in its last second.
        const rps = result.requests.total / seconds;
        const row: Row = {
          target: target.name,
          connections,
          rps: Math.round(rps),
          p50: result.latency.p50,
          p99: result.latency.p99,
          errors: result.errors,
          non2xx: result.non2xx,
          ok,
          meetsBudget:
            target.budget && connections === 16
              ? rps >= target.budget.rps && (target.budget.p99 === undefined || result.latency.p99 < target.budget.p99) && result.non2xx === 0
              : null,
        };
        rows.push(row);
        console.log(`[bench] ${row.target} @${connections}: ${row.rps} req/s, p50 ${row.p50} ms, p99 ${row.p99} ms, lỗi ${row.errors}, non-2xx ${row.non2xx}`);
      }
    }
  } finally {
    stopServer();
  }

  mkdirSync("bench-results", { recursive: true });
  const file = `bench-results/bench-${new Date().toISOString().replace(/[:.]/g, "-")}.json`;
  writeFileSync(file, JSON.stringify({ seconds: SECONDS, countedRequests: COUNTED_REQUESTS, viewRequests: VIEW_REQUESTS, warmUpSeconds: WARMUP_SECONDS, rows, counterChecks }, null, 2));
  console.table(rows);
  console.table(counterChecks);
  const missed = rows.filter((row) => row.meetsBudget === false).map((row) => row.target);
  console.log(`[bench] kết quả: ${file}`);
  console.log(missed.length ? `[bench] chưa đạt ngân sách: ${missed.join(", ")}` : "[bench] đạt mọi ngân sách");
  if (counterChecks.some((check) => !check.exact)) {
    console.error("[bench] bộ đếm không khớp số yêu cầu được chấp nhận");
    process.exitCode = 1;
  }
}

function randomAddress(): string {
  const octet = () => Math.floor(Math.random() * 254) + 1;
  return `10.${octet()}.${octet()}.${octet()}`;
}

/**
 * A timed warm-up stops with requests still in flight, which the server goes on counting:
 * the measured run starts from counters that no longer move.
 */
async function countersSettled(articleId: number) {
  let last = counters(articleId);
  for (let waited = 0; waited < 30_000; waited += 300) {
    await new Promise((resolve) => setTimeout(resolve, 300));
    const now = counters(articleId);
    if (now.views === last.views && now.ratings === last.ratings) return;
    last = now;
  }
}

function counters(articleId: number) {
  const db = sqlite();
  const row = db.prepare("SELECT viewCount AS views, ratingCount AS ratings FROM Article WHERE id = ?").get(articleId) as { views: number; ratings: number };
  db.close();
  return row;
}

main().catch((error) => {
  console.error(`[bench] ${error.message}`);
  process.exit(1);
});
