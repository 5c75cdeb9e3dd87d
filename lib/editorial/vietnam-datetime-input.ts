// <input type="datetime-local"> carries no zone: editors type Vietnam time. Vietnam has used
// UTC+7 without daylight saving since 1975, so a fixed offset converts both ways exactly.
const OFFSET_MS = 7 * 3600_000;
const INPUT_VALUE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/;

/** "2026-11-26T15:30:00" (Vietnam time) → the instant; null for an empty or malformed value. */
export function parseVietnamInputValue(value: string): Date | null {
  if (!INPUT_VALUE.test(value)) return null;
  const date = new Date(`${value.length === 16 ? `${value}:00` : value}+07:00`);
  return Number.isNaN(date.getTime()) ? null : date;
}

/** The instant as a datetime-local value in Vietnam time, to the second. */
export function toVietnamInputValue(date: Date | null): string {
  return date ? new Date(date.getTime() + OFFSET_MS).toISOString().slice(0, 19) : "";
}
