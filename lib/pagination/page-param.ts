/**
 * Reads the `trang` query parameter: absent means page 1; anything that is not a
 * plain positive integer is null, which pages turn into a 404 rather than guessing.
 */
export function parsePageParam(value: string | string[] | undefined): number | null {
  if (value === undefined) return 1;
  if (Array.isArray(value) || !/^[1-9]\d{0,5}$/.test(value)) return null;
  return Number(value);
}

export function pageCount(total: number, perPage: number): number {
  return Math.max(1, Math.ceil(total / perPage));
}
