import { recordContentChanges } from "@/lib/page-cache/content-changes";
import { z } from "zod";
import type { Actor } from "@/lib/audit/actor";
import { recordAudit } from "@/lib/audit/record-audit";
import { assertPermission } from "@/lib/auth/current-user";
import { type Db, getDb } from "@/lib/db/client";
import { isUniqueViolation } from "@/lib/db/unique-violation";
import { ConflictError, NotFoundError } from "@/lib/errors/domain-error";
import { slugify } from "@/lib/text/slugify";

// The lists documents are classified by: types, fields, issuing bodies (each named, with a
// slug used in filter URLs) and signers (name, position, office).

export const REFERENCE_KINDS = ["type", "field", "body", "signer"] as const;
export type ReferenceKind = (typeof REFERENCE_KINDS)[number];

export const REFERENCE_LABELS: Record<ReferenceKind, string> = {
  type: "Loại văn bản",
  field: "Lĩnh vực",
  body: "Cơ quan ban hành",
  signer: "Người ký",
};

export const referenceInputSchema = z.object({
  name: z.string().trim().min(1, "Hãy nhập tên.").max(200, "Tên tối đa 200 ký tự."),
  position: z.string().trim().max(200, "Chức vụ tối đa 200 ký tự.").default(""),
  office: z.string().trim().max(200, "Cơ quan tối đa 200 ký tự.").default(""),
});
export type ReferenceInput = z.output<typeof referenceInputSchema>;

export async function listReferenceItems() {
  const db = await getDb();
  const byPosition = [{ position: "asc" as const }, { id: "asc" as const }];
  const count = { _count: { select: { documents: true } } } as const;
  const [type, field, body, signer] = await Promise.all([
    db.documentType.findMany({ orderBy: byPosition, include: count }),
    db.documentField.findMany({ orderBy: byPosition, include: count }),
    db.issuingBody.findMany({ orderBy: byPosition, include: count }),
    db.signer.findMany({ orderBy: [{ name: "asc" }, { id: "asc" }], include: count }),
  ]);
  return { type, field, body, signer };
}

function conflict(error: unknown): never {
  if (isUniqueViolation(error)) throw new ConflictError("Tên này đã có trong danh sách.");
  throw error;
}

async function audit(db: Db, actor: Actor, action: string, kind: ReferenceKind, id: number, detail: object) {
  await recordContentChanges(db, ["documents"]);
  await recordAudit(db, actor, { action: `document-${kind}.${action}`, targetType: `document-${kind}`, targetId: id, detail: { ...detail } });
}

export async function createReferenceItem(kind: ReferenceKind, input: ReferenceInput, actor: Actor | null): Promise<number> {
  assertPermission(actor, "document.manage");
  const db = await getDb();
  const named = { name: input.name, slug: slugify(input.name) };
  const position = 1000;
  const row = await (kind === "type"
    ? db.documentType.create({ data: { ...named, position } })
    : kind === "field"
      ? db.documentField.create({ data: { ...named, position } })
      : kind === "body"
        ? db.issuingBody.create({ data: { ...named, position } })
        : db.signer.create({ data: input })
  ).catch(conflict);
  await audit(db, actor, "create", kind, row.id, input);
  return row.id;
}

export async function updateReferenceItem(kind: ReferenceKind, id: number, input: ReferenceInput, actor: Actor | null): Promise<void> {
  assertPermission(actor, "document.manage");
  const db = await getDb();
  const named = { name: input.name, slug: slugify(input.name) };
  const where = { id };
  const { count } = await (kind === "type"
    ? db.documentType.updateMany({ where, data: named })
    : kind === "field"
      ? db.documentField.updateMany({ where, data: named })
      : kind === "body"
        ? db.issuingBody.updateMany({ where, data: named })
        : db.signer.updateMany({ where, data: input })
  ).catch(conflict);
  if (!count) throw new NotFoundError("Không tìm thấy mục cần sửa.");
  await audit(db, actor, "update", kind, id, input);
}

/** Only an unused item can be deleted: documents never lose their type, body or fields silently. */
export async function deleteReferenceItem(kind: ReferenceKind, id: number, actor: Actor | null): Promise<void> {
  assertPermission(actor, "document.manage");
  const db = await getDb();
  const used =
    kind === "type"
      ? await db.document.count({ where: { typeId: id } })
      : kind === "field"
        ? await db.documentFieldLink.count({ where: { fieldId: id } })
        : kind === "body"
          ? await db.document.count({ where: { issuingBodyId: id } })
          : await db.document.count({ where: { signerId: id } });
  if (used) throw new ConflictError(`Không thể xóa: còn ${used} văn bản đang dùng mục này.`);
  const where = { id };
  const { count } = await (kind === "type"
    ? db.documentType.deleteMany({ where })
    : kind === "field"
      ? db.documentField.deleteMany({ where })
      : kind === "body"
        ? db.issuingBody.deleteMany({ where })
        : db.signer.deleteMany({ where }));
  if (!count) throw new NotFoundError("Không tìm thấy mục cần xóa.");
  await audit(db, actor, "delete", kind, id, {});
}
