"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { defineAction } from "@/lib/actions/define-action";
import { formId, formList, formText } from "@/lib/actions/form-fields";
import { documentFormValues, documentInputSchema } from "@/lib/documents/document-input";
import { createDocument, removeDocumentFile, setDocumentStatus, updateDocument } from "@/lib/documents/editor-commands";
import { REFERENCE_KINDS, createReferenceItem, deleteReferenceItem, referenceInputSchema, updateReferenceItem } from "@/lib/documents/reference-lists";
import { DOCUMENT_STATUSES } from "@/lib/documents/visibility";

// Server actions of the document editor pages; lib/documents checks "document.manage" again
// next to the data.

const documentId = formId("Không tìm thấy văn bản.");
const itemId = formId("Không tìm thấy mục cần sửa.");
const optional = <T extends z.ZodType>(id: T) => z.union([z.literal("").transform(() => undefined), id]).optional();
const referenceKind = z.enum(REFERENCE_KINDS, { error: "Danh mục không hợp lệ." });

// Editor pages and public pages show what changed on their next render.
const refreshSite = () => revalidatePath("/", "layout");

const documentForm = z.object({
  id: optional(documentId),
  number: formText(500),
  title: formText(5000),
  abstract: formText(20_000),
  bodyText: formText(1_000_000),
  typeId: formText(20),
  fieldIds: formList(),
  issuingBodyId: formText(20),
  signerId: formText(20),
  issuedAt: formText(20),
  effectiveAt: formText(20),
  expiresAt: formText(20),
  downloadAccess: formText(20),
  status: formText(20),
  replacesIds: formList(),
  relatedIds: formList(),
});

export const saveDocumentAction = defineAction("document.save", "document.manage", documentForm, async ({ id, ...fields }, actor) => {
  const input = documentInputSchema.parse(documentFormValues(fields));
  if (id) await updateDocument(id, input, actor);
  const savedId = id ?? (await createDocument(input, actor));
  refreshSite();
  redirect(`/quan-tri/van-ban/${savedId}?da-luu=1`);
});

export const setDocumentStatusAction = defineAction(
  "document.set-status",
  "document.manage",
  z.object({ id: documentId, status: z.enum(DOCUMENT_STATUSES, { error: "Trạng thái không hợp lệ." }) }),
  async (input, actor) => {
    await setDocumentStatus(input.id, input.status, actor);
    refreshSite();
    return "Đã cập nhật trạng thái.";
  },
);

export const removeDocumentFileAction = defineAction(
  "document.remove-file",
  "document.manage",
  z.object({ documentId, fileId: formId("Không tìm thấy tệp đính kèm.") }),
  async (input, actor) => {
    await removeDocumentFile(input.documentId, input.fileId, actor);
    refreshSite();
    return "Đã xóa tệp.";
  },
);

export const saveReferenceAction = defineAction(
  "document.save-reference",
  "document.manage",
  z.object({ kind: referenceKind, id: optional(itemId), name: formText(1000), position: formText(1000), office: formText(1000) }),
  async ({ kind, id, ...fields }, actor) => {
    const input = referenceInputSchema.parse(fields);
    if (id) await updateReferenceItem(kind, id, input, actor);
    else await createReferenceItem(kind, input, actor);
    refreshSite();
    return id ? "Đã lưu." : "Đã thêm.";
  },
);

export const deleteReferenceAction = defineAction(
  "document.delete-reference",
  "document.manage",
  z.object({ kind: referenceKind, id: formId("Không tìm thấy mục cần xóa.") }),
  async (input, actor) => {
    await deleteReferenceItem(input.kind, input.id, actor);
    refreshSite();
    return "Đã xóa.";
  },
);
