import { z } from "zod";
import { actorFor } from "@/lib/audit/actor";
import { requirePermission } from "@/lib/auth/current-user";
import { InvalidInputError, TooLargeError } from "@/lib/errors/domain-error";
import { handleRoute } from "@/lib/http/handle-route";
import { MULTIPART_OVERHEAD, readFormBody } from "@/lib/http/request-body";
import { MAX_IMAGE_BYTES, storeImage } from "@/lib/uploads/store-image";

const altSchema = z.string().trim().max(500, "Mô tả ảnh tối đa 500 ký tự.");
const TOO_LARGE = "Ảnh quá lớn (tối đa 8 MB).";

/** Image upload for the article editor (featured image and pictures in the body). */
export const POST = handleRoute(async (request: Request) => {
  const actor = actorFor(await requirePermission("article.write"), request.headers);
  // The body may hold the file and the form's few fields; the file itself is checked again.
  const form = await readFormBody(request, MAX_IMAGE_BYTES + MULTIPART_OVERHEAD, TOO_LARGE);
  const file = form.get("file");
  if (!(file instanceof File) || file.size === 0) throw new InvalidInputError("Chưa chọn ảnh để tải lên.");
  if (file.size > MAX_IMAGE_BYTES) throw new TooLargeError(TOO_LARGE);
  const alt = altSchema.parse(form.get("alt") ?? "");
  const stored = await storeImage(actor, {
    bytes: Buffer.from(await file.arrayBuffer()),
    fileName: file.name,
    alt: alt || null,
  });
  return Response.json(stored, { status: 201 });
});
