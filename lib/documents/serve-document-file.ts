import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { Readable } from "node:stream";
import { getCurrentUser } from "@/lib/auth/current-user";
import { getDb } from "@/lib/db/client";
import { NotFoundError, UnauthenticatedError } from "@/lib/errors/domain-error";
import { enforceRateLimits } from "@/lib/rate-limit/rate-limit";
import { downloadLimits } from "@/lib/rate-limit/reader-limits";
import { storedFilePath } from "@/lib/uploads/upload-dir";
import { detectBot } from "@/lib/visitors/bot-detection";
import { identifyReader } from "@/lib/visitors/identify-reader";
import { countDocument } from "./count-document";
import { documentPath } from "./document-url";
import { contentDisposition, parseRangeHeader } from "./file-download";
import { publicDocumentWhere } from "./visibility";

const NOT_FOUND = "Không tìm thấy tệp đính kèm.";
const SIGN_IN_REQUIRED = "Hãy đăng nhập để tải tệp đính kèm của văn bản này.";

/**
 * Serves one attached file of a public document.
 * - The file is looked up by (document, file) id pair, so any other id is a 404, and its path
 *   comes only from the stored name (storedFilePath), never from the request.
 * - Signed-in-only documents are refused here: 401 JSON, or a redirect to the sign-in page for a browser.
 * - Downloads are counted once per visitor per document per 30 minutes, on a full download or on the
 *   first piece (a range starting at byte 0) of a ranged one; later pieces, inline previews
 *   (`?inline=1`, a reading aid on the document page, whose views are counted there), HEAD
 *   requests and crawlers are not counted.
 */
export async function serveDocumentFile(request: Request, documentId: number, fileId: number): Promise<Response> {
  const reader = identifyReader(request);
  await enforceRateLimits(downloadLimits(reader));
  const db = await getDb();
  const document = await db.document.findFirst({
    where: { id: documentId, ...publicDocumentWhere() },
    select: { id: true, slug: true, downloadAccess: true, files: { where: { id: fileId } } },
  });
  const file = document?.files[0];
  if (!document || !file) throw new NotFoundError(NOT_FOUND);

  if (document.downloadAccess === "signed-in" && !(await getCurrentUser())) {
    if (request.headers.get("accept")?.includes("text/html")) {
      const callbackUrl = encodeURIComponent(documentPath(document));
      return new Response(null, { status: 303, headers: { Location: `/dang-nhap?callbackUrl=${callbackUrl}` } });
    }
    throw new UnauthenticatedError(SIGN_IN_REQUIRED);
  }

  const fullPath = safeStoredPath(file.storedName);
  const info = fullPath ? await stat(/*turbopackIgnore: true*/ fullPath).catch(() => null) : null;
  if (!fullPath || !info?.isFile()) throw new NotFoundError(NOT_FOUND);

  const url = new URL(request.url);
  const inline = url.searchParams.get("inline") === "1" && file.mimeType === "application/pdf";
  const etag = `"${info.size.toString(16)}-${Math.floor(info.mtimeMs).toString(16)}"`;
  const headers: Record<string, string> = {
    "Content-Type": file.mimeType,
    "Content-Disposition": contentDisposition(file.fileName, inline ? "inline" : "attachment"),
    "X-Content-Type-Options": "nosniff",
    // Opened in the browser (the inline preview, or a download the browser shows itself), a
    // file is a document of its own on the portal's origin: sandboxed, it has no script, no
    // cookie and no origin. Chromium's PDF viewer still shows the file under it.
    "Content-Security-Policy": "sandbox",
    "Accept-Ranges": "bytes",
    // Never shared caches: the response may set the visitor cookie, and some files need an account.
    "Cache-Control": document.downloadAccess === "public" ? "private, max-age=0, must-revalidate" : "private, no-store",
    ETag: etag,
    "Last-Modified": info.mtime.toUTCString(),
  };

  // A Range that no longer matches the file (If-Range with another validator) gets the whole file.
  const ifRange = request.headers.get("if-range");
  const range = ifRange && ifRange !== etag ? null : parseRangeHeader(request.headers.get("range"), info.size);
  if (range === "unsatisfiable") {
    return new Response(null, { status: 416, headers: { ...headers, "Content-Range": `bytes */${info.size}` } });
  }

  const isDownload = request.method === "GET" && !inline && (range === null || range.start === 0);
  if (isDownload && !detectBot(request.headers.get("user-agent"))) {
    await countDocument(db, { kind: "document-download", documentId, visitorId: reader.visitorId });
  }

  const { start, end } = range ?? { start: 0, end: info.size - 1 };
  const length = Math.max(0, end - start + 1);
  headers["Content-Length"] = String(length);
  if (range) headers["Content-Range"] = `bytes ${start}-${end}/${info.size}`;
  const body =
    request.method === "HEAD" || length === 0
      ? null
      : (Readable.toWeb(createReadStream(/*turbopackIgnore: true*/ fullPath, { start, end })) as ReadableStream<Uint8Array>);
  return new Response(body, { status: range ? 206 : 200, headers });
}

/** A stored name that is not one the server generates is treated as a missing file, never opened. */
function safeStoredPath(storedName: string): string | null {
  try {
    return storedFilePath(storedName);
  } catch {
    return null;
  }
}
