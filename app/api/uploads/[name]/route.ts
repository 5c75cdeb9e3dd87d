import { readFile } from "node:fs/promises";
import { contentDisposition } from "@/lib/documents/file-download";
import { NotFoundError } from "@/lib/errors/domain-error";
import { handleRoute } from "@/lib/http/handle-route";
import { storedImageMimeType } from "@/lib/uploads/sniff-image-type";
import { storedFilePath } from "@/lib/uploads/upload-dir";

const NOT_FOUND = "Không tìm thấy ảnh.";

/** Serves an uploaded image. Names are random and never rewritten, so browsers may cache them for good. */
export const GET = handleRoute(async (_request: Request, { params }: { params: Promise<{ name: string }> }) => {
  const { name } = await params;
  const mimeType = storedImageMimeType(name);
  if (!mimeType) throw new NotFoundError(NOT_FOUND);
  let bytes: Buffer;
  try {
    bytes = await readFile(storedFilePath(name));
  } catch {
    throw new NotFoundError(NOT_FOUND);
  }
  return new Response(new Uint8Array(bytes), {
    headers: {
      "Content-Type": mimeType,
      "Content-Length": String(bytes.length),
      "X-Content-Type-Options": "nosniff",
      // Shown where it is embedded; opened on its own or saved, it is a file by its stored name.
      "Content-Disposition": contentDisposition(name, "inline"),
      "Content-Security-Policy": "default-src 'none'; sandbox",
      "Cache-Control": "public, max-age=31536000, immutable",
    },
  });
});
