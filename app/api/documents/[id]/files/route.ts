import { NextResponse } from "next/server";
import { requirePermission } from "@/lib/auth/current-user";
import { attachDocumentFile } from "@/lib/documents/editor-commands";
import { documentUploadMaxBytes } from "@/lib/documents/store-document-file";
import { ApiError, handleRoute, parseRouteId } from "@/lib/http/api-error";
import { clientIp, hashIp } from "@/lib/visitors/client-ip";

const MULTIPART_OVERHEAD = 64 * 1024;

/** Editors attach a file to a document (multipart field `file`). */
export const POST = handleRoute(async (request, { params }: { params: Promise<{ id: string }> }) => {
  const user = await requirePermission("document.manage");
  const documentId = parseRouteId((await params).id, "Không tìm thấy văn bản.");
  // Refused before the body is read, when the client says how big it is.
  const declared = Number(request.headers.get("content-length"));
  if (declared > documentUploadMaxBytes() + MULTIPART_OVERHEAD) {
    throw new ApiError(413, `Tệp vượt quá dung lượng cho phép (${documentUploadMaxBytes() / 1024 / 1024} MB).`);
  }
  const form = await request.formData().catch(() => {
    throw new ApiError(400, "Dữ liệu gửi lên không hợp lệ.");
  });
  const file = form.get("file");
  if (!(file instanceof File)) throw new ApiError(400, "Hãy chọn tệp để tải lên.");
  const created = await attachDocumentFile(documentId, file, { userId: user.id, ip: hashIp(clientIp(request.headers)) });
  return NextResponse.json(created, { status: 201 });
});
