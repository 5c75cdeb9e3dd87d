import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/audit/actor";
import { type Db, getDb } from "@/lib/db/client";
import { latestContentChangeId, readContentChanges } from "@/lib/page-cache/content-changes";
import { documentInputSchema } from "./document-input";
import { createDocument, setDocumentStatus, updateDocument } from "./editor-commands";
import { getPublicDocument } from "./queries";
import { createReferenceItem, deleteReferenceItem, updateReferenceItem } from "./reference-lists";
import { testActor } from "@/tests/test-actor";

// Editors' writes against the seeded database; every document made here is removed afterwards.
let db: Db;
let actor: Actor;
const created: number[] = [];

const input = async (overrides: Record<string, unknown> = {}) => {
  const [type, field, body] = await Promise.all([
    db.documentType.findFirstOrThrow({ where: { slug: "thong-bao" } }),
    db.documentField.findFirstOrThrow({ where: { slug: "noi-vu" } }),
    db.issuingBody.findFirstOrThrow({ where: { slug: "so-noi-vu" } }),
  ]);
  return documentInputSchema.parse({
    number: "88/TB-KIEMTHU",
    title: "Thông báo kiểm thử về lịch họp giao ban",
    typeId: String(type.id),
    fieldIds: [String(field.id)],
    issuingBodyId: String(body.id),
    signerId: "",
    issuedAt: "2020-01-15",
    effectiveAt: "",
    expiresAt: "",
    downloadAccess: "public",
    status: "draft",
    ...overrides,
  });
};

beforeAll(async () => {
  db = await getDb();
  actor = testActor(await db.user.findFirstOrThrow({ where: { role: "admin" } }));
});

afterAll(async () => {
  await db.document.deleteMany({ where: { id: { in: created } } });
});

describe("document editor commands", () => {
  it("creates a draft with folded search text, links and an audit record; publishing makes it public", async () => {
    const replaced = await db.document.findFirstOrThrow({ where: { status: "published" } });
    const lastChange = await latestContentChangeId();
    const id = await createDocument(await input({ replacesIds: [String(replaced.id)] }), actor);
    created.push(id);
    const row = await db.document.findUniqueOrThrow({ where: { id }, include: { fields: true, relationsOut: true } });
    expect(row.searchText).toBe("88/tb-kiemthu thong bao kiem thu ve lich hop giao ban");
    expect(row.slug).toBe("thong-bao-kiem-thu-ve-lich-hop-giao-ban");
    expect(row.relationsOut).toEqual([{ fromId: id, toId: replaced.id, kind: "replaces" }]);
    expect(await getPublicDocument(id)).toBeNull();

    await setDocumentStatus(id, "published", actor);
    const published = await getPublicDocument(id);
    expect(published?.relationsOut.map((relation) => relation.to.id)).toEqual([replaced.id]);
    const replacedPage = await getPublicDocument(replaced.id);
    expect(replacedPage?.relationsIn.map((relation) => relation.from.id)).toContain(id);

    const audit = await db.auditLog.findMany({ where: { targetType: "document", targetId: id }, orderBy: { id: "asc" } });
    expect(audit.map((entry) => entry.action)).toEqual(["document.create", "document.publish"]);
    expect(audit.every((entry) => entry.userId === actor.id)).toBe(true);
    // Each write also told the page caches that pages listing documents are stale.
    expect((await readContentChanges(lastChange)).map((change) => change.tag)).toEqual(["documents", "documents"]);
  });

  it("refuses a number another document already has, and references that do not exist", async () => {
    const taken = await db.document.findFirstOrThrow({ where: { status: "published" } });
    await expect(createDocument(await input({ number: taken.number }), actor)).rejects.toMatchObject({ kind: "conflict" });
    await expect(createDocument(await input({ number: "89/TB-KT", typeId: "999999" }), actor)).rejects.toMatchObject({
      kind: "invalid",
      message: "Loại văn bản không tồn tại.",
    });
  });

  it("replaces fields and links on update, and never links a document to itself", async () => {
    const id = await createDocument(await input({ number: "90/TB-KIEMTHU" }), actor);
    created.push(id);
    const other = await db.documentField.findFirstOrThrow({ where: { slug: "y-te" } });
    await updateDocument(id, await input({ number: "90/TB-KIEMTHU", fieldIds: [String(other.id)] }), actor);
    expect((await db.documentFieldLink.findMany({ where: { documentId: id } })).map((link) => link.fieldId)).toEqual([other.id]);
    await expect(updateDocument(id, await input({ number: "90/TB-KIEMTHU", relatedIds: [String(id)] }), actor)).rejects.toMatchObject({
      kind: "invalid",
    });
  });
});

describe("reference lists", () => {
  it("adds, renames and deletes an unused item, and refuses to delete one in use", async () => {
    const id = await createReferenceItem("body", { name: "Sở Kiểm thử", position: "", office: "" }, actor);
    await updateReferenceItem("body", id, { name: "Sở Kiểm thử Phần mềm", position: "", office: "" }, actor);
    expect(await db.issuingBody.findUnique({ where: { id } })).toMatchObject({ slug: "so-kiem-thu-phan-mem" });
    await expect(createReferenceItem("body", { name: "Sở Kiểm thử Phần mềm", position: "", office: "" }, actor)).rejects.toMatchObject({
      kind: "conflict",
    });
    await deleteReferenceItem("body", id, actor);
    expect(await db.issuingBody.findUnique({ where: { id } })).toBeNull();

    const used = await db.issuingBody.findFirstOrThrow({ where: { slug: "ubnd-tinh" } });
    await expect(deleteReferenceItem("body", used.id, actor)).rejects.toMatchObject({ kind: "conflict" });
  });
});
