"use server";

import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { ZodError, z } from "zod";
import { requirePermission } from "@/lib/auth/current-user";
import { DomainError, INVALID_INPUT } from "@/lib/errors/domain-error";
import { clientIp, hashIp } from "@/lib/visitors/client-ip";
import { documentFormValues, documentInputSchema } from "./document-input";
import { type Actor, createDocument, removeDocumentFile, setDocumentStatus, updateDocument } from "./editor-commands";
import { REFERENCE_KINDS, createReferenceItem, deleteReferenceItem, referenceInputSchema, updateReferenceItem } from "./reference-lists";
import { DOCUMENT_STATUSES } from "./visibility";

// Server actions of the document editor pages. Each checks "document.manage" itself, so
// they are safe whatever page (or forged request) calls them.

export type ActionState = { error?: string; message?: string };

const optionalId = z.union([z.literal("").transform(() => undefined), z.coerce.number().int().positive()]);
const requiredId = z.coerce.number().int().positive();

async function run(work: (actor: Actor) => Promise<ActionState | void>): Promise<ActionState> {
  try {
    const user = await requirePermission("document.manage");
    const ip = hashIp(clientIp(await headers()));
    const state = (await work({ userId: user.id, ip })) ?? {};
    // Editor pages and public pages show what changed on their next render.
    revalidatePath("/", "layout");
    return state;
  } catch (error) {
    if (error instanceof DomainError) return { error: error.message };
    if (error instanceof ZodError) return { error: error.issues[0]?.message || INVALID_INPUT };
    throw error;
  }
}

const text = (form: FormData, name: string) => {
  const value = form.get(name);
  return typeof value === "string" ? value : "";
};

export async function saveDocumentAction(_state: ActionState, form: FormData): Promise<ActionState> {
  let savedId: number | undefined;
  const state = await run(async (actor) => {
    const id = optionalId.parse(text(form, "id"));
    const input = documentInputSchema.parse(documentFormValues(form));
    if (id) await updateDocument(id, input, actor);
    savedId = id ?? (await createDocument(input, actor));
  });
  // redirect() works by throwing, so it stays outside the error handling above.
  if (savedId && !state.error) redirect(`/quan-tri/van-ban/${savedId}?da-luu=1`);
  return state;
}

export async function setDocumentStatusAction(_state: ActionState, form: FormData): Promise<ActionState> {
  return run(async (actor) => {
    const id = requiredId.parse(text(form, "id"));
    const status = z.enum(DOCUMENT_STATUSES).parse(text(form, "status"));
    await setDocumentStatus(id, status, actor);
    return { message: "Đã cập nhật trạng thái." };
  });
}

export async function removeDocumentFileAction(_state: ActionState, form: FormData): Promise<ActionState> {
  return run(async (actor) => {
    await removeDocumentFile(requiredId.parse(text(form, "documentId")), requiredId.parse(text(form, "fileId")), actor);
    return { message: "Đã xóa tệp." };
  });
}

export async function saveReferenceAction(_state: ActionState, form: FormData): Promise<ActionState> {
  return run(async (actor) => {
    const kind = z.enum(REFERENCE_KINDS).parse(text(form, "kind"));
    const id = optionalId.parse(text(form, "id"));
    const input = referenceInputSchema.parse({ name: text(form, "name"), position: text(form, "position"), office: text(form, "office") });
    if (id) await updateReferenceItem(kind, id, input, actor);
    else await createReferenceItem(kind, input, actor);
    return { message: id ? "Đã lưu." : "Đã thêm." };
  });
}

export async function deleteReferenceAction(_state: ActionState, form: FormData): Promise<ActionState> {
  return run(async (actor) => {
    const kind = z.enum(REFERENCE_KINDS).parse(text(form, "kind"));
    await deleteReferenceItem(kind, requiredId.parse(text(form, "id")), actor);
    return { message: "Đã xóa." };
  });
}
