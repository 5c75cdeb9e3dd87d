// The five points of the rating widget, named as readers know them from the old portal.
export const RATING_LABELS = ["rất kém", "kém", "đạt", "tốt", "rất tốt"] as const;
export const BEST_RATING = RATING_LABELS.length;

export type RatingSummary = { average: number; count: number };

/** The average to one decimal, from the article's running sum and count. */
export function ratingSummary({ ratingSum, ratingCount }: { ratingSum: number; ratingCount: number }): RatingSummary {
  return { average: ratingCount === 0 ? 0 : Math.round((ratingSum * 10) / ratingCount) / 10, count: ratingCount };
}

const oneDecimal = new Intl.NumberFormat("vi-VN", { minimumFractionDigits: 1, maximumFractionDigits: 1 });

/** `4,2`: Vietnamese decimal comma. */
export function formatAverage(average: number): string {
  return oneDecimal.format(average);
}
