import { NextResponse } from "next/server";
import { actorFor } from "@/lib/audit/actor";
import { requirePermission } from "@/lib/auth/current-user";
import { attachDocumentFile } from "@/lib/documents/editor-commands";
import { documentUploadMaxBytes } from "@/lib/documents/store-document-file";
import { InvalidInputError } from "@/lib/errors/domain-error";
import { handleRoute } from "@/lib/http/handle-route";
import { MULTIPART_OVERHEAD, readFormBody } from "@/lib/http/request-body";
import { parseRouteId } from "@/lib/http/route-id";

/** Editors attach a file to a document (multipart field `file`). */
export const POST = handleRoute(async (request, { params }: { params: Promise<{ id: string }> }) => {
  const actor = actorFor(await requirePermission("document.manage"), request.headers);
  const documentId = parseRouteId((await params).id, "Không tìm thấy văn bản.");
  const maxBytes = documentUploadMaxBytes();
  const form = await readFormBody(request, maxBytes + MULTIPART_OVERHEAD, `Tệp vượt quá dung lượng cho phép (${maxBytes / 1024 / 1024} MB).`);
  const file = form.get("file");
  if (!(file instanceof File)) throw new InvalidInputError("Hãy chọn tệp để tải lên.");
  const created = await attachDocumentFile(documentId, file, actor);
  return NextResponse.json(created, { status: 201 });
});
