import type { Actor } from "@/lib/audit/actor";
import { type AuditEntry, recordAudit } from "@/lib/audit/record-audit";
import { assertPermission } from "@/lib/auth/current-user";
import { type Db, getDb } from "@/lib/db/client";
import { isUniqueViolation } from "@/lib/db/unique-violation";
import type { Prisma } from "@/generated/sqlite/client";
import { ConflictError, InvalidInputError, NotFoundError } from "@/lib/errors/domain-error";
import { recordContentChanges } from "@/lib/page-cache/content-changes";
import { slugify } from "@/lib/text/slugify";
import type { DocumentInput } from "./document-input";
import { documentSearchText } from "./search-text";
import { removeStoredFile, storeDocumentFile } from "./store-document-file";
import type { DocumentStatus } from "./visibility";

// Editors' changes to the document library. Each function checks "document.manage" itself,
// and every change is written together with its audit record.

/**
 * What every document write does in its transaction besides the write: the audit entry, and
 * the change that drops the cached public pages listing documents (every sidebar does).
 */
async function recordDocumentWrite(tx: Prisma.TransactionClient, actor: Actor, entry: Omit<AuditEntry, "targetType">) {
  await recordContentChanges(tx, ["documents"]);
  await recordAudit(tx, actor, { targetType: "document", ...entry });
}

const NOT_FOUND = "Không tìm thấy văn bản.";

/** Every id the form refers to must exist; a stale form gets a clear message rather than a 500. */
async function checkReferences(db: Db, input: DocumentInput, selfId?: number) {
  const linked = [...input.replacesIds, ...input.relatedIds];
  const [type, fields, body, signer, documents] = await Promise.all([
    db.documentType.count({ where: { id: input.typeId } }),
    db.documentField.count({ where: { id: { in: input.fieldIds } } }),
    db.issuingBody.count({ where: { id: input.issuingBodyId } }),
    input.signerId ? db.signer.count({ where: { id: input.signerId } }) : Promise.resolve(1),
    db.document.count({ where: { id: { in: linked } } }),
  ]);
  if (!type) throw new InvalidInputError("Loại văn bản không tồn tại.");
  if (fields !== new Set(input.fieldIds).size) throw new InvalidInputError("Lĩnh vực không tồn tại.");
  if (!body) throw new InvalidInputError("Cơ quan ban hành không tồn tại.");
  if (!signer) throw new InvalidInputError("Người ký không tồn tại.");
  if (documents !== new Set(linked).size) throw new InvalidInputError("Văn bản thay thế hoặc liên quan không tồn tại.");
  if (selfId && linked.includes(selfId)) throw new InvalidInputError("Văn bản không thể thay thế hoặc liên quan đến chính nó.");
}

function documentData(input: DocumentInput) {
  return {
    number: input.number,
    title: input.title,
    slug: slugify(input.title),
    abstract: input.abstract,
    bodyText: input.bodyText,
    typeId: input.typeId,
    issuingBodyId: input.issuingBodyId,
    signerId: input.signerId,
    issuedAt: input.issuedAt,
    effectiveAt: input.effectiveAt,
    expiresAt: input.expiresAt,
    downloadAccess: input.downloadAccess,
    status: input.status,
    searchText: documentSearchText(input),
  };
}

function linkData(input: DocumentInput) {
  return {
    fields: { create: [...new Set(input.fieldIds)].map((fieldId) => ({ fieldId })) },
    relationsOut: {
      create: [
        ...[...new Set(input.replacesIds)].map((toId) => ({ toId, kind: "replaces" })),
        ...[...new Set(input.relatedIds)].map((toId) => ({ toId, kind: "related" })),
      ],
    },
  };
}

/** Creates a document; the number must be unique. */
export async function createDocument(input: DocumentInput, actor: Actor | null): Promise<number> {
  assertPermission(actor, "document.manage");
  const db = await getDb();
  await checkReferences(db, input);
  try {
    return await db.$transaction(async (tx) => {
      const created = await tx.document.create({
        data: { ...documentData(input), ...linkData(input), createdById: actor.id },
        select: { id: true },
      });
      await recordDocumentWrite(tx, actor, { action: "document.create", targetId: created.id, detail: { number: input.number, status: input.status } });
      return created.id;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new ConflictError(`Số, ký hiệu ${input.number} đã có văn bản khác dùng.`);
    throw error;
  }
}

/** Replaces a document's fields and links (files are managed separately). */
export async function updateDocument(id: number, input: DocumentInput, actor: Actor | null): Promise<void> {
  assertPermission(actor, "document.manage");
  const db = await getDb();
  if (!(await db.document.count({ where: { id } }))) throw new NotFoundError(NOT_FOUND);
  await checkReferences(db, input, id);
  try {
    await db.$transaction(async (tx) => {
      await tx.documentFieldLink.deleteMany({ where: { documentId: id } });
      await tx.documentRelation.deleteMany({ where: { fromId: id } });
      await tx.document.update({ where: { id }, data: { ...documentData(input), ...linkData(input) } });
      await recordDocumentWrite(tx, actor, { action: "document.update", targetId: id, detail: { number: input.number, status: input.status } });
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new ConflictError(`Số, ký hiệu ${input.number} đã có văn bản khác dùng.`);
    throw error;
  }
}

const STATUS_ACTIONS: Record<DocumentStatus, string> = {
  draft: "document.unpublish",
  published: "document.publish",
  retired: "document.retire",
};

/** Publish, retire (bãi bỏ: still readable, no longer in force) or take back to draft. */
export async function setDocumentStatus(id: number, status: DocumentStatus, actor: Actor | null): Promise<void> {
  assertPermission(actor, "document.manage");
  const db = await getDb();
  await db.$transaction(async (tx) => {
    const { count } = await tx.document.updateMany({ where: { id }, data: { status } });
    if (!count) throw new NotFoundError(NOT_FOUND);
    await recordDocumentWrite(tx, actor, { action: STATUS_ACTIONS[status], targetId: id });
  });
}

/** Stores an uploaded file and attaches it after the document's other files. */
export async function attachDocumentFile(documentId: number, file: File, actor: Actor | null) {
  assertPermission(actor, "document.manage");
  const db = await getDb();
  if (!(await db.document.count({ where: { id: documentId } }))) throw new NotFoundError(NOT_FOUND);
  const stored = await storeDocumentFile(file);
  try {
    return await db.$transaction(async (tx) => {
      const position = await tx.documentFile.count({ where: { documentId } });
      const row = await tx.documentFile.create({
        data: { documentId, ...stored, position },
        select: { id: true, fileName: true, mimeType: true, size: true },
      });
      await recordDocumentWrite(tx, actor, { action: "document.file-add", targetId: documentId, detail: { fileId: row.id, fileName: row.fileName, size: row.size } });
      return row;
    });
  } catch (error) {
    await removeStoredFile(stored.storedName);
    throw error;
  }
}

export async function removeDocumentFile(documentId: number, fileId: number, actor: Actor | null): Promise<void> {
  assertPermission(actor, "document.manage");
  const db = await getDb();
  const file = await db.documentFile.findFirst({ where: { id: fileId, documentId } });
  if (!file) throw new NotFoundError("Không tìm thấy tệp đính kèm.");
  await db.$transaction(async (tx) => {
    await tx.documentFile.delete({ where: { id: file.id } });
    await recordDocumentWrite(tx, actor, { action: "document.file-remove", targetId: documentId, detail: { fileId, fileName: file.fileName } });
  });
  await removeStoredFile(file.storedName);
}
