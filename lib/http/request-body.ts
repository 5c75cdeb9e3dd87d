import { InvalidInputError, TooLargeError } from "@/lib/errors/domain-error";

const TOO_LARGE = "Nội dung gửi lên quá lớn.";
const MULTIPART_EXPECTED = "Cần gửi tệp dưới dạng biểu mẫu (multipart/form-data).";
/** What a multipart body holds besides its file: boundaries, part headers, a few short fields. */
export const MULTIPART_OVERHEAD = 64 * 1024;

/**
 * Reads a JSON body within `maxBytes`, enforced before reading (a declared Content-Length)
 * and while reading (the stream is cancelled at the first byte past the limit), so a huge
 * body costs no more memory than the limit: too large. A body that is not UTF-8 JSON, or holds
 * a string no database can store (a lone UTF-16 surrogate, sent as an escape), or nests deeper
 * than any form does (which would exhaust the checker's stack), is invalid input.
 */
export async function readJsonBody(request: Request, maxBytes = 16_384): Promise<unknown> {
  const bytes = await readBoundedBody(request, maxBytes);
  let value: unknown;
  try {
    value = JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(bytes));
  } catch {
    throw new InvalidInputError();
  }
  if (!wellFormedStrings(value)) throw new InvalidInputError();
  return value;
}

/**
 * Reads a multipart form within `maxBytes`, with the same two checks as readJsonBody: a
 * declared Content-Length over the limit is refused before reading, and a body sent without
 * one (chunked) is cut off at the first byte past it: too large, with `tooLarge`. Anything that
 * is not a well-formed multipart body is invalid input.
 */
export async function readFormBody(request: Request, maxBytes: number, tooLarge = TOO_LARGE): Promise<FormData> {
  const bytes = await readBoundedBody(request, maxBytes, tooLarge);
  const contentType = request.headers.get("content-type") ?? "";
  if (!contentType.toLowerCase().startsWith("multipart/form-data")) throw new InvalidInputError(MULTIPART_EXPECTED);
  try {
    return await new Response(bytes as Uint8Array<ArrayBuffer>, { headers: { "content-type": contentType } }).formData();
  } catch {
    throw new InvalidInputError(MULTIPART_EXPECTED);
  }
}

/**
 * A body's bytes, at most `maxBytes`: a declared Content-Length over the limit is refused
 * before reading, and a body sent without one (chunked) is cut off at the first byte past it.
 */
export async function readBoundedBody(request: Request, maxBytes: number, tooLarge = TOO_LARGE): Promise<Uint8Array> {
  const declared = Number(request.headers.get("content-length") ?? 0);
  if (declared > maxBytes) throw new TooLargeError(tooLarge);
  if (!request.body) return new Uint8Array();
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw new TooLargeError(tooLarge);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

// Deeper than any form the portal has; a deeper body is an attack on the checker's stack.
const MAX_JSON_DEPTH = 32;

/** Every string and key well-formed UTF-16, and no nesting deeper than MAX_JSON_DEPTH. */
function wellFormedStrings(value: unknown, depth = 0): boolean {
  if (typeof value === "string") return value.isWellFormed();
  if (!value || typeof value !== "object") return true;
  if (depth >= MAX_JSON_DEPTH) return false;
  if (Array.isArray(value)) return value.every((item) => wellFormedStrings(item, depth + 1));
  return Object.entries(value).every(([key, inner]) => key.isWellFormed() && wellFormedStrings(inner, depth + 1));
}
