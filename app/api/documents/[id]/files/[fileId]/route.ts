import { serveDocumentFile } from "@/lib/documents/serve-document-file";
import { handleRoute, parseRouteId } from "@/lib/http/api-error";

type Context = { params: Promise<{ id: string; fileId: string }> };

const NOT_FOUND = "Không tìm thấy tệp đính kèm.";

export const GET = handleRoute(async (request, { params }: Context) => {
  const { id, fileId } = await params;
  return serveDocumentFile(request, parseRouteId(id, NOT_FOUND), parseRouteId(fileId, NOT_FOUND));
});

export const HEAD = GET;
