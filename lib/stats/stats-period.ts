import { vietnamDateParts, vietnamDay } from "@/lib/format/vietnam-time";

// Statistics are kept per calendar day and hour in Vietnam (Asia/Ho_Chi_Minh), whatever the
// server's own time zone: a visit at 23:30 UTC belongs to the next Vietnamese day. Keys are
// strings that sort chronologically, so a month or a range is a plain string range.

/** `2026-11-26T09`: the Vietnamese clock hour of an instant. */
export function statsHour(date: Date): string {
  return `${vietnamDay(date)}T${vietnamDateParts(date).hour}`;
}

/** `2026-11`: the Vietnamese calendar month of an instant. */
export function statsMonth(date: Date): string {
  return vietnamDay(date).slice(0, 7);
}

/** The day key `delta` calendar days after (or before) `day`: pure calendar arithmetic. */
export function shiftDay(day: string, delta: number): string {
  const [year, month, date] = day.split("-").map(Number);
  return new Date(Date.UTC(year, month - 1, date + delta)).toISOString().slice(0, 10);
}

/** The month key `delta` months after (or before) `month`. */
export function shiftMonth(month: string, delta: number): string {
  const [year, monthNumber] = month.split("-").map(Number);
  return new Date(Date.UTC(year, monthNumber - 1 + delta, 1)).toISOString().slice(0, 7);
}

/** The last `count` day keys up to and including `day`, oldest first. */
export function daysEndingAt(day: string, count: number): string[] {
  return Array.from({ length: count }, (_, index) => shiftDay(day, index - count + 1));
}

/** The last `count` month keys up to and including `month`, oldest first. */
export function monthsEndingAt(month: string, count: number): string[] {
  return Array.from({ length: count }, (_, index) => shiftMonth(month, index - count + 1));
}

/** The first and last possible day keys of a month, for a string range over `StatsDaily.day`. */
export function monthDayRange(month: string): { gte: string; lte: string } {
  return { gte: `${month}-01`, lte: `${month}-31` };
}
