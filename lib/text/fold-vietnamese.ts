/**
 * Folds Vietnamese text for matching: lower case, diacritics removed, đ → d, runs of
 * white space collapsed. "Đà Nẵng" and "HÀ NỘI" become "da nang" and "ha noi".
 * SQLite's LIKE folds ASCII only, so every searchable column stores this form.
 */
export function foldVietnamese(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[đĐ]/g, "d")
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim();
}
