// Measures /tim-kiem's search at scale: 20,000 generated public articles (plus the demo content)
// in a database of their own, then the median time of a set of typical queries.
//
//   npm run bench:search                                   # SQLite, .data/bench-search.db
//   BENCH_DATABASE_URL=postgres://postgres@127.0.0.1:5432/portal_bench npm run bench:search
//
// The database is rebuilt only when it does not hold the generated articles yet (BENCH_REBUILD=1 forces it).
import { rmSync } from "node:fs";
import { availableParallelism, loadavg } from "node:os";
import { performance } from "node:perf_hooks";
import { articleSearchText } from "../lib/articles/search-text";
import { escapeHtml } from "../lib/text/escape-html";
import { slugify } from "../lib/text/slugify";
import { demoArticles } from "../prisma/seed/content/demo-content";
import { stableNumber } from "../prisma/seed/stable-number";

const GENERATED_ARTICLES = Number(process.env.BENCH_ARTICLES ?? 20_000);
const RUNS_PER_QUERY = 7;
const BATCH = 500;
const GENERATED_MARKER = "bench-search-generated";
const DAY = 24 * 60 * 60 * 1000;

// Typical visitors' queries: common and rare words, with and without diacritics, numbers, filters.
const QUERIES: Record<string, string>[] = [
  { q: "tỉnh" },
  { q: "ubnd tinh" },
  { q: "Sơn Hà" },
  { q: "HÀ NỘI" },
  { q: "da nang" },
  { q: "nông thôn mới" },
  { q: "chuyển đổi số" },
  { q: "cải cách hành chính" },
  { q: "du lich" },
  { q: "giao thông", trang: "5" },
  { q: "kế hoạch", loai: "van-ban" },
  { q: "hạ tầng", "tu-ngay": "2026-01-01", "den-ngay": "2026-06-30" },
  { q: "y tế", loai: "bai-viet" },
  { q: "1182" },
  { q: "cong van" },
  { q: "lễ hội văn hóa" },
  { q: "không có từ này xyzw" },
  { q: "đầu tư xây dựng" },
  { q: "hoc sinh" },
  { q: "phòng chống thiên tai" },
];

async function prepare(url: string) {
  process.env.DATABASE_URL = url;
  const [{ resolveDatabaseTarget }, { applyMigrations }, { getDb }, { seedDatabase }] = await Promise.all([
    import("../lib/db/database-url"),
    import("../lib/db/migrate"),
    import("../lib/db/client"),
    import("../prisma/seed/seed-database"),
  ]);
  const target = resolveDatabaseTarget();
  if (process.env.BENCH_REBUILD === "1" && target.provider === "sqlite") {
    for (const suffix of ["", "-wal", "-shm"]) rmSync(`${target.file}${suffix}`, { force: true });
  }
  await applyMigrations(target);
  const db = await getDb();
  await seedDatabase(db, { demo: true });
  if (await db.setting.findUnique({ where: { key: GENERATED_MARKER } })) return db;

  console.log(`Đang tạo ${GENERATED_ARTICLES} bài viết…`);
  const started = performance.now();
  const categories = await db.category.findMany({ select: { id: true } });
  // New articles are recombined from the demo sentences, so words occur as often as in real news.
  const sentences = demoArticles.flatMap((article) => article.paragraphs.join(" ").split(/(?<=\.)\s+/));
  const titles = demoArticles.map((article) => article.title);
  const pick = <T>(list: T[], seed: string) => list[stableNumber(seed) % list.length];
  const now = Date.now();
  for (let start = 0; start < GENERATED_ARTICLES; start += BATCH) {
    const data = [];
    for (let i = start; i < Math.min(start + BATCH, GENERATED_ARTICLES); i++) {
      const title = `${pick(titles, `t${i}`)} (${i + 1})`;
      const summary = pick(sentences, `s${i}`);
      const paragraphs = Array.from({ length: 4 }, (_, p) =>
        Array.from({ length: 4 }, (_, s) => pick(sentences, `b${i}/${p}/${s}`)).join(" "),
      );
      const bodyHtml = paragraphs.map((paragraph) => `<p>${escapeHtml(paragraph)}</p>`).join("\n");
      data.push({
        title,
        slug: slugify(title),
        summary,
        bodyHtml,
        status: "published",
        publishedAt: new Date(now - (1 + (stableNumber(`d${i}`) % (3 * 365))) * DAY),
        categoryId: pick(categories, `c${i}`).id,
        searchText: articleSearchText({ title, summary, bodyHtml }),
      });
    }
    await db.article.createMany({ data });
  }
  await db.setting.create({ data: { key: GENERATED_MARKER, value: String(GENERATED_ARTICLES) } });
  // PostgreSQL plans from statistics that autovacuum gathers only some time after a bulk load.
  if (target.provider === "postgres") await db.$executeRawUnsafe('ANALYZE "Article"');
  console.log(`Đã tạo trong ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return db;
}

const ms = (value: number) => `${value.toFixed(1).padStart(6)} ms`;

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

async function main() {
  const url = process.env.BENCH_DATABASE_URL ?? "file:./.data/bench-search.db";
  const db = await prepare(url);
  const [{ parseSearchParams }, { searchFilter, searchSite }, { closeDb }] = await Promise.all([
    import("../lib/search/search-request"),
    import("../lib/search/search-site"),
    import("../lib/db/client"),
  ]);
  const articles = await db.article.count();
  console.log(`Cơ sở dữ liệu ${url.split(":")[0]}: ${articles} bài viết. Mỗi truy vấn chạy ${RUNS_PER_QUERY} lần (lần đầu để làm nóng, không tính).`);

  // Wall time is what a visitor waits. On a machine shared with other work it also counts the time
  // this process waits for a core; CPU time (this process only) shows the cost of the search
  // itself, which for SQLite (in process) is the wall time of an idle machine.
  const wallMedians: number[] = [];
  const cpuMedians: number[] = [];
  console.log("    tường     CPU   kết quả  truy vấn");
  for (const params of QUERIES) {
    const parsed = parseSearchParams(params);
    if (parsed.status !== "ok") throw new Error(`Truy vấn không hợp lệ: ${JSON.stringify(params)}`);
    const filter = searchFilter(parsed.request, null);
    const wall: number[] = [];
    const cpu: number[] = [];
    let total = 0;
    for (let run = 0; run <= RUNS_PER_QUERY; run++) {
      const started = performance.now();
      const cpuStarted = process.cpuUsage();
      total = (await searchSite(filter, parsed.request.page)).total;
      const cpuUsed = process.cpuUsage(cpuStarted);
      if (run === 0) continue;
      wall.push(performance.now() - started);
      cpu.push((cpuUsed.user + cpuUsed.system) / 1000);
    }
    wallMedians.push(median(wall));
    cpuMedians.push(median(cpu));
    console.log(`${ms(median(wall))} ${ms(median(cpu))}  ${String(total).padStart(7)}  ${JSON.stringify(params)}`);
  }
  console.log(`\nTrung vị của các truy vấn: ${median(wallMedians).toFixed(1)} ms thời gian thực, ${median(cpuMedians).toFixed(1)} ms CPU (mục tiêu < 100 ms)`);
  console.log(`Chậm nhất: ${Math.max(...wallMedians).toFixed(1)} ms thời gian thực. Tải máy (1 phút): ${loadavg()[0].toFixed(1)} trên ${availableParallelism()} lõi`);
  await closeDb();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
