/** Seconds before the idle limit at which the prompt opens (the reference page's 60). */
export const IDLE_WARNING_SECONDS = 60;

// Screen readers hear the countdown when it passes these marks, not every second (WCAG 2.2.1
// advice: 20-second steps in the last minute, and a last call shortly before the end).
const ANNOUNCED_MARKS = [60, 40, 20, 10];

/** The whole seconds shown for a remaining time: rounded up, so 0 means the time is up. */
export function secondsShown(remainingMs: number): number {
  return Math.max(0, Math.ceil(remainingMs / 1000));
}

/**
 * The announcement step the seconds shown fall in (the smallest mark at or above them). The
 * live region speaks again only when this changes, so a jump in time still speaks once.
 */
export function announcementStep(seconds: number): number {
  return ANNOUNCED_MARKS.filter((mark) => seconds <= mark).at(-1) ?? ANNOUNCED_MARKS[0];
}

export function countdownText(seconds: number): string {
  return `Thời gian chờ: ${seconds} giây`;
}
