import { articlePath, categoryPath } from "@/lib/articles/article-url";
import { publicArticleWhere } from "@/lib/articles/visibility";
import { vietnamDateParts, vietnamDay } from "@/lib/format/vietnam-time";
import { daysEndingAt } from "@/lib/stats/stats-period";
import type { StatsDimension } from "@/lib/stats/write-hits";
import type { SeedContext } from "./seed-demo-content";
import { stableNumber } from "./stable-number";

// Thirteen months of invented traffic so /thong-ke and the counter block mean something on a
// fresh portal: daily rows for 400 days, hourly rows and the page/browser/OS/bot/referrer
// breakdowns for the last 30. Every figure follows from the day's date (stableNumber), so the
// same day always gets the same numbers; real page views are then added on top.
const HISTORY_DAYS = 400;
const DETAILED_DAYS = 30;

// Share of a day's visits per hour in Vietnam: office hours, a lunch dip, an evening peak.
const HOUR_WEIGHTS = [2, 1, 1, 1, 1, 2, 4, 7, 10, 11, 10, 8, 6, 7, 9, 10, 9, 7, 7, 8, 8, 6, 4, 3];
const HOUR_WEIGHT_SUM = HOUR_WEIGHTS.reduce((sum, weight) => sum + weight, 0);

const BROWSER_SHARES: [string, number][] = [["Chrome", 46], ["Cốc Cốc", 19], ["Safari", 15], ["Zalo", 9], ["Edge", 6], ["Firefox", 3], ["Khác", 2]];
const OS_SHARES: [string, number][] = [["Android", 43], ["Windows", 30], ["iOS", 18], ["macOS", 6], ["Linux", 2], ["Khác", 1]];
const REFERRER_SHARES: [string, number][] = [["google.com", 16], ["facebook.com", 6], ["coccoc.com", 4], ["zalo.me", 3], ["baochinhphu.vn", 2], ["chinhphu.vn", 1.5], ["bing.com", 1]];
const BOT_SHARES: [string, number][] = [["Googlebot", 34], ["coccocbot", 16], ["Bingbot", 13], ["facebookexternalhit", 8], ["AhrefsBot", 7], ["SemrushBot", 6], ["GPTBot", 5], ["YandexBot", 4], ["Khác", 7]];

type Totals = { visits: number; pageViews: number; botHits: number };

/** A day's invented totals: growing over the year, quieter at weekends, a little noise. */
function dayTotals(day: string, index: number): Totals {
  const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
  const weekend = weekday === 0 || weekday === 6 ? 0.55 : 1;
  const noise = 0.85 + (stableNumber(day) % 300) / 1000;
  const visits = Math.round((650 + (index / HISTORY_DAYS) * 550) * weekend * noise);
  const pagesPerVisit = 2.2 + (stableNumber(`${day}/p`) % 80) / 100;
  return { visits, pageViews: Math.round(visits * pagesPerVisit), botHits: 240 + (stableNumber(`${day}/b`) % 320) };
}

const share = (value: number, weight: number, total: number) => Math.round((value * weight) / total);

export async function seedStats({ db, now }: SeedContext) {
  const currentHour = Number(vietnamDateParts(now).hour);
  const days = daysEndingAt(vietnamDay(now), HISTORY_DAYS);
  const detailedFrom = days.length - DETAILED_DAYS;

  const pages = await demoPageWeights(db, now);
  const pageWeightSum = pages.reduce((sum, [, weight]) => sum + weight, 0);
  const daily: ({ day: string } & Totals)[] = [];
  const hourly: ({ hour: string } & Totals)[] = [];
  const dimensions: { day: string; dimension: StatsDimension; key: string; count: number }[] = [];

  for (const [index, day] of days.entries()) {
    const full = dayTotals(day, index);
    if (index < detailedFrom) {
      daily.push({ day, ...full });
      continue;
    }
    // Recent days have hourly rows; today's stop at the current hour. The day row is their sum.
    const lastHour = index === days.length - 1 ? currentHour : 23;
    const sum: Totals = { visits: 0, pageViews: 0, botHits: 0 };
    for (let hour = 0; hour <= lastHour; hour += 1) {
      const row = {
        hour: `${day}T${String(hour).padStart(2, "0")}`,
        visits: share(full.visits, HOUR_WEIGHTS[hour], HOUR_WEIGHT_SUM),
        pageViews: share(full.pageViews, HOUR_WEIGHTS[hour], HOUR_WEIGHT_SUM),
        botHits: Math.round(full.botHits / 24),
      };
      hourly.push(row);
      sum.visits += row.visits;
      sum.pageViews += row.pageViews;
      sum.botHits += row.botHits;
    }
    daily.push({ day, ...sum });
    const add = (dimension: StatsDimension, shares: [string, number][], value: number, total: number) => {
      for (const [key, weight] of shares) {
        const count = share(value, weight * (0.9 + (stableNumber(`${day}/${key}`) % 20) / 100), total);
        if (count > 0) dimensions.push({ day, dimension, key, count });
      }
    };
    add("page", pages, sum.pageViews, pageWeightSum);
    add("browser", BROWSER_SHARES, sum.visits, 100);
    add("os", OS_SHARES, sum.visits, 100);
    add("referrer", REFERRER_SHARES, sum.visits, 100);
    add("bot", BOT_SHARES, sum.botHits, 100);
  }

  await db.statsDaily.createMany({ data: daily });
  await db.statsHourly.createMany({ data: hourly });
  await db.statsDimensionDaily.createMany({ data: dimensions });
}

/** Real pages of the demo portal with how much of the traffic each draws: home first, then categories, then the most read articles. */
async function demoPageWeights(db: SeedContext["db"], now: Date): Promise<[string, number][]> {
  const [categories, articles] = await Promise.all([
    db.category.findMany({ where: { active: true }, orderBy: [{ position: "asc" }, { id: "asc" }], take: 4 }),
    db.article.findMany({
      where: publicArticleWhere(now),
      orderBy: [{ viewCount: "desc" }, { id: "asc" }],
      take: 8,
      select: { id: true, slug: true, category: { select: { slug: true } } },
    }),
  ]);
  return [
    ["/", 30],
    ...categories.map((category, index): [string, number] => [categoryPath(category), 8 - index]),
    ...articles.map((article, index): [string, number] => [articlePath(article), 6 - index * 0.5]),
    ["/thong-ke", 1],
  ];
}
