import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/audit/actor";
import { can, ROLES, type Permission, type Role } from "@/lib/auth/roles";
import { createCategory, moveCategory, updateCategory } from "@/lib/categories/manage-categories";
import { moderateComment } from "@/lib/comments/moderate-comment";
import { readModerationMode, saveModerationMode } from "@/lib/comments/moderation-mode";
import { getDb, type Db } from "@/lib/db/client";
import { documentInputSchema } from "@/lib/documents/document-input";
import { attachDocumentFile, createDocument, removeDocumentFile, setDocumentStatus, updateDocument } from "@/lib/documents/editor-commands";
import { createReferenceItem, deleteReferenceItem, updateReferenceItem } from "@/lib/documents/reference-lists";
import { articleInputSchema } from "@/lib/editorial/article-input";
import { EMPTY_FORM_VALUES } from "@/lib/editorial/article-form-values";
import { createArticle, restoreRevision, takeWorkflowAction, updateArticle } from "@/lib/editorial/article-writes";
import { lockArticleForEditing, releaseEditLock } from "@/lib/editorial/edit-lock";
import { ForbiddenError, UnauthenticatedError } from "@/lib/errors/domain-error";
import { storeImage } from "@/lib/uploads/store-image";
import { changeUserRole, createUser, resetUserPassword, setUserDisabled } from "@/lib/users/manage-users";
import { testActor } from "@/tests/test-actor";

// Every domain write checks the actor's permission itself: called directly, with no action or
// route in front, each refuses nobody and every role below its permission before touching any
// data. The allowed roles are sent at records that do not exist (or input that is refused), so
// they get past the check and change nothing either.

const MISSING = 2_000_000_000;

let db: Db;
const actors = {} as Record<Role, Actor>;
let existingTypeName: string;

// The empty editor form, every field as the text a browser sends, aimed at a category that does not exist.
const articleInput = () =>
  articleInputSchema.parse({
    ...Object.fromEntries(Object.entries(EMPTY_FORM_VALUES).map(([field, value]) => [field, typeof value === "string" ? value : ""])),
    title: "Kiểm tra quyền",
    categoryId: String(MISSING),
  });

const documentInput = () =>
  documentInputSchema.parse({
    number: "KT/QUYEN",
    title: "Kiểm tra quyền",
    typeId: MISSING,
    fieldIds: [MISSING],
    issuingBodyId: MISSING,
    issuedAt: "2026-01-15",
    downloadAccess: "public",
    status: "draft",
  });

const WRITES: [string, Permission, (actor: Actor | null) => Promise<unknown>][] = [
  ["createArticle", "article.write", (actor) => createArticle(actor, articleInput())],
  ["updateArticle", "article.write", (actor) => updateArticle(actor, MISSING, articleInput())],
  ["takeWorkflowAction", "article.write", (actor) => takeWorkflowAction(actor, MISSING, "publish")],
  ["restoreRevision", "article.write", (actor) => restoreRevision(actor, MISSING, MISSING)],
  ["lockArticleForEditing", "article.write", (actor) => lockArticleForEditing(MISSING, actor)],
  ["releaseEditLock", "article.write", (actor) => releaseEditLock(MISSING, actor)],
  ["storeImage", "article.write", (actor) => storeImage(actor, { bytes: Buffer.from("không phải ảnh"), fileName: "a.png", alt: null })],
  ["createCategory", "category.manage", (actor) => createCategory(actor, { name: "" })],
  ["updateCategory", "category.manage", (actor) => updateCategory(actor, MISSING, { name: "Chuyên mục kiểm tra" })],
  ["moveCategory", "category.manage", (actor) => moveCategory(actor, MISSING, "up")],
  ["createUser", "user.manage", (actor) => createUser(actor, { email: "khong-hop-le" })],
  ["changeUserRole", "user.manage", (actor) => changeUserRole(actor, MISSING, "editor")],
  ["setUserDisabled", "user.manage", (actor) => setUserDisabled(actor, MISSING, true)],
  ["resetUserPassword", "user.manage", (actor) => resetUserPassword(actor, MISSING, "MatKhauKiemTra@2026")],
  ["moderateComment", "comment.moderate", (actor) => moderateComment(actor, { commentId: MISSING, action: "approve" })],
  ["saveModerationMode", "comment.moderate", async (actor) => saveModerationMode(actor, await readModerationMode())],
  ["createDocument", "document.manage", (actor) => createDocument(documentInput(), actor)],
  ["updateDocument", "document.manage", (actor) => updateDocument(MISSING, documentInput(), actor)],
  ["setDocumentStatus", "document.manage", (actor) => setDocumentStatus(MISSING, "published", actor)],
  ["attachDocumentFile", "document.manage", (actor) => attachDocumentFile(MISSING, new File(["%PDF-1.4"], "a.pdf"), actor)],
  ["removeDocumentFile", "document.manage", (actor) => removeDocumentFile(MISSING, MISSING, actor)],
  ["createReferenceItem", "document.manage", (actor) => createReferenceItem("type", { name: existingTypeName, position: "", office: "" }, actor)],
  ["updateReferenceItem", "document.manage", (actor) => updateReferenceItem("type", MISSING, { name: "Loại kiểm tra", position: "", office: "" }, actor)],
  ["deleteReferenceItem", "document.manage", (actor) => deleteReferenceItem("type", MISSING, actor)],
];

beforeAll(async () => {
  db = await getDb();
  for (const role of ROLES) actors[role] = testActor(await db.user.findFirstOrThrow({ where: { role, disabled: false } }));
  existingTypeName = (await db.documentType.findFirstOrThrow()).name;
});

/** What a call ended with: the error it threw, or "done". */
const outcomeOf = (call: Promise<unknown>) => call.then(() => "done", (error: unknown) => error);

describe.each(WRITES)("%s (needs %s)", (_name, permission, write) => {
  it("refuses nobody and each role below the permission, changing nothing", async () => {
    const auditBefore = await db.auditLog.count();
    expect(await outcomeOf(write(null))).toBeInstanceOf(UnauthenticatedError);
    for (const role of ROLES.filter((role) => !can(role, permission))) {
      expect(await outcomeOf(write(actors[role])), role).toBeInstanceOf(ForbiddenError);
    }
    expect(await db.auditLog.count()).toBe(auditBefore);
  });

  it("lets each role with the permission past the check", async () => {
    for (const role of ROLES.filter((role) => can(role, permission))) {
      const outcome = await outcomeOf(write(actors[role]));
      expect(outcome, role).not.toBeInstanceOf(UnauthenticatedError);
      expect(outcome, role).not.toBeInstanceOf(ForbiddenError);
    }
  });
});
