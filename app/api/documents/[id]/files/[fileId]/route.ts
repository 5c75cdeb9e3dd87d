import { getCurrentUser } from "@/lib/auth/current-user";
import { countDownload, FILE_NOT_FOUND, findDownloadableFile } from "@/lib/documents/downloadable-file";
import { fileResponse } from "@/lib/http/file-response";
import { handleRoute } from "@/lib/http/handle-route";
import { parseRouteId } from "@/lib/http/route-id";
import { enforceRateLimits } from "@/lib/rate-limit/rate-limit";
import { downloadLimits } from "@/lib/rate-limit/reader-limits";
import { detectBot } from "@/lib/visitors/bot-detection";
import { identifyReader } from "@/lib/visitors/identify-reader";

type Context = { params: Promise<{ id: string; fileId: string }> };

/**
 * An attached file of a public document. Downloads are counted on a full download or on the first
 * piece of a ranged one; the inline preview of a PDF (`?inline=1`, a reading aid on the document
 * page, whose views are counted there), HEAD requests and crawlers are not counted.
 */
export const GET = handleRoute(async (request, { params }: Context) => {
  const { id, fileId } = await params;
  const reader = identifyReader(request);
  await enforceRateLimits(downloadLimits(reader));
  const file = await findDownloadableFile(parseRouteId(id, FILE_NOT_FOUND), parseRouteId(fileId, FILE_NOT_FOUND), {
    isSignedIn: async () => (await getCurrentUser()) !== null,
  });
  const inline = new URL(request.url).searchParams.get("inline") === "1" && file.mimeType === "application/pdf";
  const counted = !inline && !detectBot(request.headers.get("user-agent"));
  return fileResponse(request, {
    path: file.path,
    mimeType: file.mimeType,
    fileName: file.fileName,
    disposition: inline ? "inline" : "attachment",
    // Never shared caches: the answer may set the visitor cookie, and some files need an account.
    cacheControl: file.access === "public" ? "private, max-age=0, must-revalidate" : "private, no-store",
    // Opened in the browser, a file is a document of its own on the portal's origin: sandboxed, it
    // has no script, no cookie and no origin. Chromium's PDF viewer still shows the file under it.
    contentSecurityPolicy: "sandbox",
    notFoundMessage: FILE_NOT_FOUND,
    onDownloadStart: counted ? () => countDownload(file, reader) : undefined,
  });
});

export const HEAD = GET;
