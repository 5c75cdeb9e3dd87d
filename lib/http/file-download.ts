// Pure pieces of serving an attached file: the Range header and the Content-Disposition header.

export type ByteRange = { start: number; end: number };

/**
 * A single `bytes=` range (RFC 9110 §14). Returns null when the whole file should be sent
 * (no header, another unit, several ranges, or a malformed header, which a server may
 * ignore), "unsatisfiable" when the range lies outside the file (416).
 */
export function parseRangeHeader(header: string | null, size: number): ByteRange | "unsatisfiable" | null {
  if (!header) return null;
  const match = /^bytes=(\d*)-(\d*)$/.exec(header.trim());
  if (!match || (match[1] === "" && match[2] === "")) return null;
  if (match[1] === "") {
    const suffix = Number(match[2]);
    if (suffix === 0 || size === 0) return "unsatisfiable";
    return { start: Math.max(0, size - suffix), end: size - 1 };
  }
  const start = Number(match[1]);
  const end = match[2] === "" ? size - 1 : Number(match[2]);
  if (match[2] !== "" && end < start) return null;
  if (start >= size) return "unsatisfiable";
  return { start, end: Math.min(end, size - 1) };
}

/** RFC 5987 encoding for `filename*`: percent-encoded UTF-8, with the few characters encodeURIComponent leaves. */
function encodeRfc5987(value: string): string {
  return encodeURIComponent(value).replace(/['()*]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** An ASCII stand-in for old clients: diacritics dropped, anything else unsafe replaced. */
function asciiFallback(fileName: string): string {
  return fileName
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D")
    .replace(/[^\x20-\x7e]|["\\%;]/g, "_");
}

/**
 * `attachment; filename="Cong van so 12.pdf"; filename*=UTF-8''C%C3%B4ng%20v%C4%83n…`: the
 * Vietnamese name for every current browser, the ASCII one for the rest.
 */
export function contentDisposition(fileName: string, disposition: "inline" | "attachment"): string {
  const clean = fileName.replace(/[\u0000-\u001f\u007f/\\]/g, "_").trim() || "tep-dinh-kem";
  return `${disposition}; filename="${asciiFallback(clean)}"; filename*=UTF-8''${encodeRfc5987(clean)}`;
}
