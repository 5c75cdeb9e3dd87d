import { getDb } from "@/lib/db/client";
import { documentCardSelect } from "./queries";

// Reads for the editor pages: every status, drafts included.

export async function listDocumentsForEditor({ page, perPage }: { page: number; perPage: number }) {
  const db = await getDb();
  const orderBy = [{ updatedAt: "desc" as const }, { id: "desc" as const }];
  const [items, total] = await Promise.all([
    db.document.findMany({
      orderBy,
      skip: (page - 1) * perPage,
      take: perPage,
      select: { ...documentCardSelect, updatedAt: true, _count: { select: { files: true } } },
    }),
    db.document.count(),
  ]);
  return { items, total };
}

export async function getDocumentForEditor(id: number) {
  const db = await getDb();
  return db.document.findUnique({
    where: { id },
    include: {
      fields: { select: { fieldId: true } },
      relationsOut: { select: { toId: true, kind: true } },
      files: { orderBy: [{ position: "asc" }, { id: "asc" }] },
    },
  });
}

export type EditableDocument = NonNullable<Awaited<ReturnType<typeof getDocumentForEditor>>>;

/** What the form's selects offer. */
export async function listDocumentFormChoices() {
  const db = await getDb();
  const byPosition = [{ position: "asc" as const }, { id: "asc" as const }];
  const [types, fields, bodies, signers, documents] = await Promise.all([
    db.documentType.findMany({ orderBy: byPosition, select: { id: true, name: true } }),
    db.documentField.findMany({ orderBy: byPosition, select: { id: true, name: true } }),
    db.issuingBody.findMany({ orderBy: byPosition, select: { id: true, name: true } }),
    db.signer.findMany({ orderBy: [{ name: "asc" }], select: { id: true, name: true, position: true } }),
    db.document.findMany({ orderBy: [{ issuedAt: "desc" }, { id: "desc" }], select: { id: true, number: true, title: true } }),
  ]);
  return { types, fields, bodies, signers, documents };
}

export type DocumentFormChoices = Awaited<ReturnType<typeof listDocumentFormChoices>>;
