import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { Readable } from "node:stream";
import { NotFoundError } from "@/lib/errors/domain-error";
import { contentDisposition, parseRangeHeader } from "./file-download";

export type StoredFileAnswer = {
  /** Where the file is on disk: a path the server built from a stored name, never from the request. */
  path: string;
  mimeType: string;
  /** The name a browser saves it under. */
  fileName: string;
  disposition: "inline" | "attachment";
  cacheControl: string;
  contentSecurityPolicy: string;
  /** What a missing file answers (404). */
  notFoundMessage: string;
  /** Runs before the answer when a GET sends the file from its first byte: a whole download, or the first piece of a ranged one. */
  onDownloadStart?: () => Promise<unknown>;
};

/**
 * A stored file as a route's answer: one range (206) or the whole file, 416 for a range outside
 * it, HEAD without a body, an ETag from size and time, and a Range that no longer matches the file
 * (If-Range with another validator) answered with the whole of it. The file is streamed, never read whole.
 */
export async function fileResponse(request: Request, answer: StoredFileAnswer): Promise<Response> {
  const info = await stat(/*turbopackIgnore: true*/ answer.path).catch(() => null);
  if (!info?.isFile()) throw new NotFoundError(answer.notFoundMessage);

  const etag = `"${info.size.toString(16)}-${Math.floor(info.mtimeMs).toString(16)}"`;
  const headers: Record<string, string> = {
    "Content-Type": answer.mimeType,
    "Content-Disposition": contentDisposition(answer.fileName, answer.disposition),
    "X-Content-Type-Options": "nosniff",
    "Content-Security-Policy": answer.contentSecurityPolicy,
    "Accept-Ranges": "bytes",
    "Cache-Control": answer.cacheControl,
    ETag: etag,
    "Last-Modified": info.mtime.toUTCString(),
  };

  const ifRange = request.headers.get("if-range");
  const range = ifRange && ifRange !== etag ? null : parseRangeHeader(request.headers.get("range"), info.size);
  if (range === "unsatisfiable") {
    return new Response(null, { status: 416, headers: { ...headers, "Content-Range": `bytes */${info.size}` } });
  }
  if (request.method === "GET" && (range === null || range.start === 0)) await answer.onDownloadStart?.();

  const { start, end } = range ?? { start: 0, end: info.size - 1 };
  const length = Math.max(0, end - start + 1);
  headers["Content-Length"] = String(length);
  if (range) headers["Content-Range"] = `bytes ${start}-${end}/${info.size}`;
  const body =
    request.method === "HEAD" || length === 0
      ? null
      : (Readable.toWeb(createReadStream(/*turbopackIgnore: true*/ answer.path, { start, end })) as ReadableStream<Uint8Array>);
  return new Response(body, { status: range ? 206 : 200, headers });
}
