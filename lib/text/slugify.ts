import { foldVietnamese } from "./fold-vietnamese";

const MAX_SLUG_LENGTH = 120;

/** "Khởi công cầu Đà Giang" → "khoi-cong-cau-da-giang"; falls back to "bai-viet". */
export function slugify(text: string): string {
  const slug = foldVietnamese(text)
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, MAX_SLUG_LENGTH)
    .replace(/-+$/g, "");
  return slug || "bai-viet";
}

/**
 * Whether an address segment can be a slug at all: what slugify makes, at most 120 characters.
 * Anything else (a NUL byte, which PostgreSQL refuses in a query, traversal, 600 characters)
 * is not looked up.
 */
export function isSlug(value: string): boolean {
  return value.length <= MAX_SLUG_LENGTH && /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(value);
}

/** Splits the last path segment of an item URL, "<slug>-<id>", into its parts. */
export function parseSlugId(segment: string): { slug: string; id: number } | null {
  const match = /^(?:(.*)-)?(\d{1,9})$/.exec(segment);
  if (!match) return null;
  const id = Number(match[2]);
  return id > 0 ? { slug: match[1] ?? "", id } : null;
}
