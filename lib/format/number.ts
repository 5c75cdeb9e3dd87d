const vietnameseNumber = new Intl.NumberFormat("vi-VN", { maximumFractionDigits: 0 });

/** Groups thousands the Vietnamese way: 13369175 → "13.369.175". */
export function formatCount(value: number): string {
  return vietnameseNumber.format(value);
}
