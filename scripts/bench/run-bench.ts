// `npm run bench`: builds and starts the production server on a generated database, loads
// it from this (second) process on 127.0.0.1 with autocannon at 16 and 64 connections (pages
// at 256 too), checks that the counters equal the accepted requests, writes bench-results/*.json
// and compares the figures with the budgets. Pages are also read as a ratio of a bare Node.js
// server answering the cached article's exact bytes, measured in the same run (bare-server.mjs),
// and every load reports how long the server's event loop was held up (event-loop-probe.mjs).
// A benchmark, not a test: it never runs in `npm test`.
// Startup time is measured apart, by scripts/bench/measure-startup.sh.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { randomUUID } from "node:crypto";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { request as httpRequest } from "node:http";
import autocannon from "autocannon";
import Database from "better-sqlite3";
import { closeDb } from "../../lib/db/client";
import { prepareRuntimeEnv } from "../runtime-env.mjs";
import { generateBenchData } from "./generate-bench-data";

const PORT = Number(process.env.BENCH_PORT ?? 3400);
const BASE = `http://127.0.0.1:${PORT}`;
// The bare server listens on the next port.
const BARE_PORT = PORT + 1;
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
  /** A page: also loaded at 256 connections and read as a ratio of the bare server. */
  page?: boolean;
  /** Held to the issue's ratios and p99 at 64 and 256 connections (ARTICLE_BUDGET). */
  ratioBudget?: boolean;
};

type Row = {
  target: string;
  connections: number;
  rps: number;
  p50: number;
  p99: number;
  errors: number;
  non2xx: number;
  ok: number;
  /** The longest the server's event loop was held up during this load. */
  eventLoopMaxMs: number | null;
  /** The event loop's 99th-percentile delay and the longest garbage-collection pause in the same load. */
  eventLoopP99Ms: number | null;
  gcMaxMs: number | null;
  /** rps over the bare server's at the same connections (pages only). */
  ofBare: number | null;
  /** rps over this target's own at 16 connections (pages only). */
  of16: number | null;
  meetsBudget: boolean | null;
};

// The issue's budgets on a 2-core machine, for the cached article page with a returning reader's cookie.
const ARTICLE_BUDGET = { ofBareAt16: 0.4, of16: 0.9, p99At64: 50, p99At256: 150 };
const EVENT_LOOP_BUDGET_MS = 20;
const PAGE_CONNECTIONS = [16, 64, 256];
const OTHER_CONNECTIONS = [16, 64];

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

// Page loads come from a returning reader's browser, which sends its visitor cookie and takes gzip.
const RETURNING_READER = `vid=${randomUUID()}`;

function requestHeaders(): Record<string, string> {
  return { "user-agent": BROWSER_UA, "content-type": "application/json", "accept-encoding": "gzip", cookie: RETURNING_READER };
}

/** The portal's answer to one page request exactly as sent: status, headers and the (gzip) bytes. */
function recordAnswer(path: string): Promise<{ status: number; headers: Record<string, string | string[]>; body: string }> {
  return new Promise((resolve, reject) => {
    const request = httpRequest(`${BASE}${path}`, { headers: requestHeaders() }, (response) => {
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("end", () => {
        const headers: Record<string, string | string[]> = {};
        // Node's server writes these itself, per connection.
        for (const [name, value] of Object.entries(response.headers)) {
          if (value !== undefined && !["date", "connection", "keep-alive", "transfer-encoding"].includes(name)) headers[name] = value;
        }
        resolve({ status: response.statusCode ?? 0, headers, body: Buffer.concat(chunks).toString("base64") });
      });
      response.on("error", reject);
    });
    request.on("error", reject);
    request.end();
  });
}

async function startBareServer(answerFile: string): Promise<ChildProcess> {
  // With the same event-loop probe as the portal, so its hold-ups at each load read against Node's own.
  const bare = spawn(process.execPath, ["--import", "./scripts/bench/event-loop-probe.mjs", "scripts/bench/bare-server.mjs", String(BARE_PORT), answerFile], {
    stdio: ["ignore", "pipe", "inherit", "ipc"],
  });
  await new Promise<void>((resolve, reject) => {
    bare.stdout!.once("data", () => resolve());
    bare.once("exit", () => reject(new Error("máy chủ đối chứng đã dừng")));
  });
  return bare;
}

/** Asks the event-loop probe loaded into the server (event-loop-probe.mjs) and waits for its answer. */
type ProbeReport = { maxMs?: number; p99Ms?: number; gcMaxMs?: number };
function askProbe(server: ChildProcess, message: "reset" | "report"): Promise<ProbeReport> {
  return new Promise((resolve) => {
    server.once("message", (answer) => resolve(answer as ProbeReport));
    server.send(message);
  });
}

/**
 * One load and how long it took until its last answer: autocannon reports its result on the
 * next whole-second tick, so a fixed number of requests that ends at 9.1 s would read as 10 s.
 */
async function load(target: Target, connections: number, { warmUp = false, base = BASE } = {}): Promise<{ result: autocannon.Result; seconds: number }> {
  const headers = requestHeaders();
  const counted = target.method === "POST";
  const instance = autocannon({
    url: `${base}${target.path}`,
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
  const articlePath = `/tin-tuc/${article.category}/${article.slug}-${article.id}`;

  const visitor = () => ({ cookie: `vid=${randomUUID()}`, address: randomAddress() });
  const targets: Target[] = [
    { name: "trang bài viết", path: articlePath, budget: { rps: 1500, p99: 50 }, page: true, ratioBudget: true },
    { name: "trang chủ", path: "/", budget: { rps: 1500, p99: 50 }, page: true },
    { name: "trang chuyên mục", path: `/tin-tuc/${article.category}`, budget: { rps: 1500, p99: 50 }, page: true },
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
  // The server `npm start` runs: Next behind the public pipeline.
  // BENCH_CPU_PROF=<directory> writes the server's CPU profile there when it stops, and beside it
  // the event loop's hold-ups over 20 ms (hold-ups.jsonl, for profile-hold-ups.mjs --hold-ups).
  const profile = process.env.BENCH_CPU_PROF ? ["--cpu-prof", `--cpu-prof-dir=${process.env.BENCH_CPU_PROF}`] : [];
  if (process.env.BENCH_CPU_PROF) {
    mkdirSync(process.env.BENCH_CPU_PROF, { recursive: true });
    rmSync(`${process.env.BENCH_CPU_PROF}/hold-ups.jsonl`, { force: true });
  }
  const server = spawn(process.execPath, [...profile, "--import", "./scripts/bench/event-loop-probe.mjs", "scripts/serve.mjs", "-p", String(PORT), "-H", "127.0.0.1"], {
    stdio: ["ignore", "ignore", "inherit", "ipc"],
    env: {
      ...process.env,
      TRUST_PROXY: "1",
      ...(process.env.BENCH_CPU_PROF ? { BENCH_HOLD_UPS_FILE: `${process.env.BENCH_CPU_PROF}/hold-ups.jsonl` } : {}),
    },
    detached: true,
  });
  let bare: ChildProcess | undefined;
  // The server runs in its own process group so that it is stopped with everything it started,
  // also when this script is interrupted.
  const stopServer = () => {
    bare?.kill("SIGTERM");
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
  const bareRps = new Map<number, number>();
  const bareEventLoopMaxMs = new Map<number, number | null>();
  try {
    await waitForServer(server);
    // The yardstick: the cached article's answer to a returning reader, replayed by a bare server.
    await load({ name: "warm-up", path: articlePath }, 16, { warmUp: true });
    const answerFile = ".data/bench-article-answer.json";
    writeFileSync(answerFile, JSON.stringify(await recordAnswer(articlePath)));
    bare = await startBareServer(answerFile);
    for (const connections of PAGE_CONNECTIONS) {
      await load({ name: "bare", path: articlePath }, connections, { warmUp: true, base: `http://127.0.0.1:${BARE_PORT}` });
      await askProbe(bare, "reset");
      const { result, seconds } = await load({ name: "bare", path: articlePath }, connections, { base: `http://127.0.0.1:${BARE_PORT}` });
      const loopMaxMs = (await askProbe(bare, "report")).maxMs ?? null;
      bareRps.set(connections, result.requests.total / seconds);
      bareEventLoopMaxMs.set(connections, loopMaxMs === null ? null : Math.round(loopMaxMs * 10) / 10);
      console.log(
        `[bench] máy chủ Node.js trần @${connections}: ${Math.round(bareRps.get(connections)!)} req/s, p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms, ` +
          `vòng sự kiện tối đa ${bareEventLoopMaxMs.get(connections)} ms`,
      );
    }
    bare.kill("SIGTERM");
    bare = undefined;

    for (const target of measured) {
      const own16 = { rps: 0 };
      for (const connections of target.page ? PAGE_CONNECTIONS : OTHER_CONNECTIONS) {
        if (WARMUP_SECONDS > 0) {
          await load(target, connections, { warmUp: true });
          await countersSettled(article.id);
        }
        const before = counters(article.id);
        await askProbe(server, "reset");
        const { result, seconds } = await load(target, connections);
        const probe = await askProbe(server, "report");
        const eventLoopMaxMs = probe.maxMs ?? null;
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
        if (connections === 16) own16.rps = rps;
        const ofBare = target.page ? rps / bareRps.get(connections)! : null;
        const of16 = target.page && own16.rps > 0 ? rps / own16.rps : null;
        const row: Row = {
          target: target.name,
          connections,
          rps: Math.round(rps),
          p50: result.latency.p50,
          p99: result.latency.p99,
          errors: result.errors,
          non2xx: result.non2xx,
          ok,
          eventLoopMaxMs: eventLoopMaxMs === null ? null : Math.round(eventLoopMaxMs * 10) / 10,
          eventLoopP99Ms: probe.p99Ms === undefined ? null : Math.round(probe.p99Ms * 10) / 10,
          gcMaxMs: probe.gcMaxMs === undefined ? null : Math.round(probe.gcMaxMs * 10) / 10,
          ofBare: ofBare === null ? null : Math.round(ofBare * 100) / 100,
          of16: of16 === null ? null : Math.round(of16 * 100) / 100,
          meetsBudget: meetsBudget(target, connections, { rps, p99: result.latency.p99, non2xx: result.non2xx, ofBare, of16, eventLoopMaxMs }),
        };
        rows.push(row);
        console.log(
          `[bench] ${row.target} @${connections}: ${row.rps} req/s, p50 ${row.p50} ms, p99 ${row.p99} ms, lỗi ${row.errors}, non-2xx ${row.non2xx}, ` +
            `vòng sự kiện tối đa ${row.eventLoopMaxMs} ms (p99 ${row.eventLoopP99Ms} ms, GC dài nhất ${row.gcMaxMs} ms)${ofBare === null ? "" : `, ${row.ofBare} × máy chủ trần, ${row.of16} × mức 16 kết nối`}`,
        );
      }
    }
  } finally {
    stopServer();
  }

  mkdirSync("bench-results", { recursive: true });
  const file = `bench-results/bench-${new Date().toISOString().replace(/[:.]/g, "-")}.json`;
  const bareByConnections = Object.fromEntries([...bareRps].map(([connections, rps]) => [connections, Math.round(rps)]));
  writeFileSync(
    file,
    JSON.stringify(
      {
        seconds: SECONDS,
        countedRequests: COUNTED_REQUESTS,
        viewRequests: VIEW_REQUESTS,
        warmUpSeconds: WARMUP_SECONDS,
        bareRps: bareByConnections,
        bareEventLoopMaxMs: Object.fromEntries(bareEventLoopMaxMs),
        rows,
        counterChecks,
      },
      null,
      2,
    ),
  );
  console.log("[bench] máy chủ Node.js trần (req/s theo số kết nối):", bareByConnections);
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

/**
 * The budgets a row is held to: the target's own rate and p99 at 16 connections; for the article
 * page the issue's ratios (to the bare server at 16, to its own 16-connection rate at 64 and 256)
 * and p99 at 64 and 256; for every load the event loop's longest hold-up. Null: nothing to meet.
 */
function meetsBudget(
  target: Target,
  connections: number,
  measured: { rps: number; p99: number; non2xx: number; ofBare: number | null; of16: number | null; eventLoopMaxMs: number | null },
): boolean | null {
  const checks: boolean[] = [measured.non2xx === 0];
  if (measured.eventLoopMaxMs !== null) checks.push(measured.eventLoopMaxMs <= EVENT_LOOP_BUDGET_MS);
  if (target.budget && connections === 16) {
    checks.push(measured.rps >= target.budget.rps, target.budget.p99 === undefined || measured.p99 < target.budget.p99);
  }
  if (target.ratioBudget) {
    if (connections === 16) checks.push((measured.ofBare ?? 0) >= ARTICLE_BUDGET.ofBareAt16);
    if (connections === 64) checks.push((measured.of16 ?? 0) >= ARTICLE_BUDGET.of16, measured.p99 < ARTICLE_BUDGET.p99At64);
    if (connections === 256) checks.push((measured.of16 ?? 0) >= ARTICLE_BUDGET.of16, measured.p99 < ARTICLE_BUDGET.p99At256);
  }
  return checks.every(Boolean);
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
