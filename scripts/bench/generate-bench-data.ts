// Fills a benchmark database: the demo portal, then enough generated rows to look like a
// few years of a provincial portal (issue "Performance budgets"): 5,000 more articles,
// 2,000 more documents, comments, and a year of daily statistics.
import { articleSearchText } from "../../lib/articles/search-text";
import { closeDb, getDb } from "../../lib/db/client";
import { documentSearchText } from "../../lib/documents/search-text";
import { prepareDatabase } from "../prepare-database";

const DAY = 86_400_000;
const BATCH = 500;

const SUBJECTS = ["giao thông nông thôn", "chuyển đổi số", "cải cách hành chính", "phòng chống thiên tai", "giáo dục", "y tế cơ sở", "du lịch cộng đồng", "nông nghiệp công nghệ cao"];
const PLACES = ["xã Đồng Tâm", "huyện Đông Khê", "thành phố Sơn Hà", "huyện Ngọc Lâm", "xã Đào Xá", "huyện Tân Ngàn"];

function paragraph(i: number, j: number): string {
  const subject = SUBJECTS[(i + j) % SUBJECTS.length];
  const place = PLACES[(i * 7 + j) % PLACES.length];
  return `Trong tháng, ${place} tiếp tục triển khai các nhiệm vụ về ${subject}, bảo đảm tiến độ và chất lượng theo kế hoạch của tỉnh. Các phòng, ban chuyên môn phối hợp chặt chẽ, kịp thời tháo gỡ vướng mắc phát sinh ở cơ sở (mục ${i}.${j}).`;
}

export async function generateBenchData(): Promise<void> {
  await prepareDatabase("demo");
  const db = await getDb();
  if ((await db.article.count()) >= 5_000) return;
  const categories = await db.category.findMany({ select: { id: true } });
  const now = Date.now();

  for (let start = 0; start < 5_000; start += BATCH) {
    const rows = Array.from({ length: BATCH }, (_, k) => {
      const i = start + k;
      const title = `Bản tin tổng hợp số ${i + 1}: ${SUBJECTS[i % SUBJECTS.length]} tại ${PLACES[i % PLACES.length]}`;
      const summary = `Tóm tắt kết quả triển khai ${SUBJECTS[i % SUBJECTS.length]} tại ${PLACES[i % PLACES.length]} trong kỳ báo cáo.`;
      const bodyHtml = [0, 1, 2, 3].map((j) => `<p>${paragraph(i, j)}</p>`).join("\n");
      return {
        title,
        slug: `ban-tin-tong-hop-so-${i + 1}`,
        summary,
        bodyHtml,
        authorName: "Phòng Thông tin",
        status: "published",
        publishedAt: new Date(now - (i + 1) * 4 * 3_600_000),
        categoryId: categories[i % categories.length].id,
        viewCount: i % 997,
        searchText: articleSearchText({ title, summary, bodyHtml }),
      };
    });
    await db.article.createMany({ data: rows });
  }

  const [type, body] = await Promise.all([db.documentType.findFirstOrThrow(), db.issuingBody.findFirstOrThrow()]);
  for (let start = 0; start < 2_000; start += BATCH) {
    const rows = Array.from({ length: BATCH }, (_, k) => {
      const i = start + k;
      const number = `${i + 1}/BC-TH${Math.floor(i / 400) + 1}`;
      const title = `Báo cáo tổng hợp tình hình ${SUBJECTS[i % SUBJECTS.length]} kỳ ${i + 1}`;
      const abstract = `Báo cáo kết quả thực hiện ${SUBJECTS[i % SUBJECTS.length]} tại ${PLACES[i % PLACES.length]}.`;
      return {
        number,
        title,
        slug: `bao-cao-tong-hop-ky-${i + 1}`,
        abstract,
        typeId: type.id,
        issuingBodyId: body.id,
        issuedAt: new Date(now - (i + 1) * DAY),
        searchText: documentSearchText({ number, title, abstract }),
      };
    });
    await db.document.createMany({ data: rows });
  }

  const recent = await db.article.findMany({ where: { status: "published" }, orderBy: { publishedAt: "desc" }, take: 200, select: { id: true } });
  const comments = recent.flatMap(({ id }, i) =>
    [0, 1, 2].map((j) => ({
      articleId: id,
      authorName: `Bạn đọc ${i}-${j}`,
      authorEmail: `ban-doc-${i}-${j}@example.invalid`,
      content: `Ý kiến số ${j + 1}: đề nghị tiếp tục thông tin kết quả thực hiện tới người dân.`,
      status: "approved",
    })),
  );
  await db.comment.createMany({ data: comments });
  for (const { id } of recent) await db.article.update({ where: { id }, data: { commentCount: 3 } });

  const days = Array.from({ length: 365 }, (_, i) => {
    const day = new Date(now - i * DAY).toISOString().slice(0, 10);
    return { day, visits: 3_000 + ((i * 37) % 900), pageViews: 9_000 + ((i * 53) % 2_000), botHits: 1_200 + ((i * 11) % 300) };
  });
  await db.statsDaily.deleteMany({ where: { day: { in: days.map((d) => d.day) } } });
  await db.statsDaily.createMany({ data: days });
}

if (process.argv[1]?.endsWith("generate-bench-data.ts")) {
  generateBenchData()
    .then(() => closeDb())
    .catch((error) => {
      console.error(error);
      process.exit(1);
    });
}
