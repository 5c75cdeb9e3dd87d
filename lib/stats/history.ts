import { getDb } from "@/lib/db/client";
import { vietnamDay } from "@/lib/format/vietnam-time";
import { daysEndingAt, monthDayRange, monthsEndingAt, statsMonth } from "./stats-period";
import type { StatsDimension } from "./write-hits";

/** One bar of a chart: what it is, its short axis label and its value. */
export type ChartPoint = { key: string; label: string; value: number };

export const HISTORY_DAYS = 30;
export const HISTORY_MONTHS = 12;

/** Human visits per day over the last 30 Vietnamese days, today included; days without visits are 0. */
export async function visitsPerDay(now = new Date()): Promise<ChartPoint[]> {
  const db = await getDb();
  const days = daysEndingAt(vietnamDay(now), HISTORY_DAYS);
  const rows = await db.statsDaily.findMany({ where: { day: { gte: days[0], lte: days.at(-1) } } });
  const visits = new Map(rows.map((row) => [row.day, row.visits]));
  return days.map((day) => ({ key: day, label: `${day.slice(8, 10)}/${day.slice(5, 7)}`, value: visits.get(day) ?? 0 }));
}

/** Human visits per month over the last 12 months, the current one included. */
export async function visitsPerMonth(now = new Date()): Promise<ChartPoint[]> {
  const db = await getDb();
  const months = monthsEndingAt(statsMonth(now), HISTORY_MONTHS);
  const rows = await db.statsDaily.findMany({
    where: { day: { gte: monthDayRange(months[0]).gte, lte: monthDayRange(months.at(-1)!).lte } },
    select: { day: true, visits: true },
  });
  const totals = new Map<string, number>();
  for (const row of rows) totals.set(row.day.slice(0, 7), (totals.get(row.day.slice(0, 7)) ?? 0) + row.visits);
  return months.map((month) => ({
    key: month,
    label: `${month.slice(5, 7)}/${month.slice(2, 4)}`,
    value: totals.get(month) ?? 0,
  }));
}

/** Human visits by hour of the day (Vietnam time), added up over the last 30 days. */
export async function visitsByHourOfDay(now = new Date()): Promise<ChartPoint[]> {
  const db = await getDb();
  const days = daysEndingAt(vietnamDay(now), HISTORY_DAYS);
  const rows = await db.statsHourly.findMany({
    where: { hour: { gte: `${days[0]}T00`, lte: `${days.at(-1)}T23` } },
    select: { hour: true, visits: true },
  });
  const totals = new Array<number>(24).fill(0);
  for (const row of rows) totals[Number(row.hour.slice(11, 13))] += row.visits;
  return totals.map((value, hour) => ({ key: String(hour), label: `${hour}h`, value }));
}

/** The most frequent pages, browsers, systems, crawlers or referring sites of the last 30 days. */
export async function topOfDimension(
  dimension: StatsDimension,
  limit: number,
  now = new Date(),
): Promise<ChartPoint[]> {
  const db = await getDb();
  const since = daysEndingAt(vietnamDay(now), HISTORY_DAYS)[0];
  const groups = await db.statsDimensionDaily.groupBy({
    by: ["key"],
    where: { dimension, day: { gte: since } },
    _sum: { count: true },
    orderBy: [{ _sum: { count: "desc" } }, { key: "asc" }],
    take: limit,
  });
  return groups.map((group) => ({ key: group.key, label: group.key, value: group._sum.count ?? 0 }));
}
