// Every date a reader sees is in Vietnam's time zone, whatever the server's own.
export const VIETNAM_TIME_ZONE = "Asia/Ho_Chi_Minh";

const WEEKDAYS = ["Chủ nhật", "Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy"];

const partsFormatter = new Intl.DateTimeFormat("en-US", {
  timeZone: VIETNAM_TIME_ZONE,
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  weekday: "short",
  hourCycle: "h23",
});

const WEEKDAY_INDEX: Record<string, number> = { Sun: 0, Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6 };

export type VietnamDateParts = {
  year: string;
  month: string;
  day: string;
  hour: string;
  minute: string;
  weekday: number;
};

// The parts change only from one minute to the next (the zone's offsets are whole hours or
// half hours), and formatting is costly next to everything else done for a page view: the
// statistics call this several times per hit, so the last minute's parts are kept.
let lastMinute: { minute: number; parts: Readonly<VietnamDateParts> } | null = null;

export function vietnamDateParts(date: Date): Readonly<VietnamDateParts> {
  const minute = Math.floor(date.getTime() / 60_000);
  if (lastMinute?.minute === minute) return lastMinute.parts;
  const parts = formatParts(date);
  lastMinute = { minute, parts };
  return parts;
}

function formatParts(date: Date): VietnamDateParts {
  const parts: Record<string, string> = {};
  for (const part of partsFormatter.formatToParts(date)) parts[part.type] = part.value;
  return {
    year: parts.year,
    month: parts.month,
    day: parts.day,
    hour: parts.hour,
    minute: parts.minute,
    weekday: WEEKDAY_INDEX[parts.weekday],
  };
}

/** `2026-11-26`: the Vietnamese calendar day of an instant (a key that sorts chronologically). */
export function vietnamDay(date: Date): string {
  const p = vietnamDateParts(date);
  return `${p.year}-${p.month}-${p.day}`;
}

/** The instant a Vietnamese calendar day (`2026-11-26`) begins; Vietnam keeps UTC+7 all year. */
export function startOfVietnamDay(day: string): Date {
  return new Date(`${day}T00:00:00+07:00`);
}

/** `Chủ nhật - 18/10/2020 09:24`, the article date line of the reference portal. */
export function formatDateLine(date: Date): string {
  const p = vietnamDateParts(date);
  return `${WEEKDAYS[p.weekday]} - ${p.day}/${p.month}/${p.year} ${p.hour}:${p.minute}`;
}

/** `Thứ năm, ngày 26/11/2026`, for the header. */
export function formatLongDate(date: Date): string {
  const p = vietnamDateParts(date);
  return `${WEEKDAYS[p.weekday]}, ngày ${p.day}/${p.month}/${p.year}`;
}

/** `18/10/2020`, for lists. */
export function formatDate(date: Date): string {
  const p = vietnamDateParts(date);
  return `${p.day}/${p.month}/${p.year}`;
}

/** `18/10/2020 09:24`. */
export function formatDateTime(date: Date): string {
  const p = vietnamDateParts(date);
  return `${p.day}/${p.month}/${p.year} ${p.hour}:${p.minute}`;
}
