/**
 * The reader's text size ("Cỡ chữ"), as government portals offer it: steps of the root font
 * size, which every rem-based size on the site follows. Kept in the browser (localStorage), so
 * pages stay the same for every reader and can be cached.
 */
export const TEXT_SIZES = [100, 112.5, 125, 150, 175, 200] as const;
export const DEFAULT_TEXT_SIZE = 100;
export const TEXT_SIZE_KEY = "co-chu";

export function nextTextSize(current: number, direction: 1 | -1): number {
  const index = TEXT_SIZES.indexOf(current as (typeof TEXT_SIZES)[number]);
  const from = index === -1 ? TEXT_SIZES.indexOf(DEFAULT_TEXT_SIZE) : index;
  return TEXT_SIZES[Math.min(TEXT_SIZES.length - 1, Math.max(0, from + direction))];
}

export function parseTextSize(stored: string | null): number {
  const value = Number(stored);
  return TEXT_SIZES.includes(value as (typeof TEXT_SIZES)[number]) ? value : DEFAULT_TEXT_SIZE;
}

/**
 * Applies the stored size before the first paint (an inline script in <head>, allowed by the
 * page's nonce), so a reader who chose a larger size never sees the page jump.
 */
export const APPLY_STORED_TEXT_SIZE = `try{var s=Number(localStorage.getItem(${JSON.stringify(TEXT_SIZE_KEY)}));if([${TEXT_SIZES.join(",")}].indexOf(s)>0)document.documentElement.style.fontSize=s+"%"}catch(e){}`;
