import { serveDocumentFile } from "@/lib/documents/serve-document-file";
import { handleRoute } from "@/lib/http/handle-route";
import { parseRouteId } from "@/lib/http/route-id";

type Context = { params: Promise<{ id: string; fileId: string }> };

const NOT_FOUND = "Không tìm thấy tệp đính kèm.";

export const GET = handleRoute(async (request, { params }: Context) => {
  const { id, fileId } = await params;
  return serveDocumentFile(request, parseRouteId(id, NOT_FOUND), parseRouteId(fileId, NOT_FOUND));
});

export const HEAD = GET;
