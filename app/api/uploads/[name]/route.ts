import { NotFoundError } from "@/lib/errors/domain-error";
import { fileResponse } from "@/lib/http/file-response";
import { handleRoute } from "@/lib/http/handle-route";
import { storedImageMimeType } from "@/lib/uploads/sniff-image-type";
import { storedFilePathOrNull } from "@/lib/uploads/upload-dir";

const NOT_FOUND = "Không tìm thấy ảnh.";

/** Serves an uploaded image. Names are random and never rewritten, so browsers may cache them for good. */
export const GET = handleRoute(async (request: Request, { params }: { params: Promise<{ name: string }> }) => {
  const { name } = await params;
  const mimeType = storedImageMimeType(name);
  const path = storedFilePathOrNull(name);
  if (!mimeType || !path) throw new NotFoundError(NOT_FOUND);
  return fileResponse(request, {
    path,
    mimeType,
    // Shown where it is embedded; opened on its own or saved, it is a file by its stored name.
    fileName: name,
    disposition: "inline",
    cacheControl: "public, max-age=31536000, immutable",
    contentSecurityPolicy: "default-src 'none'; sandbox",
    notFoundMessage: NOT_FOUND,
  });
});
