import { getDb } from "@/lib/db/client";
import { startOfVietnamDay } from "@/lib/format/vietnam-time";
import { type DocumentFilters, searchWords } from "./list-filters";
import { publicDocumentWhere, validityWhere } from "./visibility";

// Public reads of the document library. Every query goes through publicDocumentWhere, so a
// draft never reaches a reader.

const DAY_MS = 24 * 3600_000;

export const documentCardSelect = {
  id: true,
  number: true,
  title: true,
  slug: true,
  abstract: true,
  issuedAt: true,
  effectiveAt: true,
  expiresAt: true,
  status: true,
  viewCount: true,
  downloadCount: true,
  type: { select: { id: true, name: true, slug: true } },
  issuingBody: { select: { id: true, name: true, slug: true } },
} as const;

const newestFirst = [{ issuedAt: "desc" as const }, { id: "desc" as const }];

/** Ids of a tree node and its descendants, so filtering by a parent type or field includes its children. */
function withDescendants(nodes: { id: number; parentId: number | null }[], rootId: number): number[] {
  const ids = [rootId];
  for (let i = 0; i < ids.length; i++) {
    for (const node of nodes) if (node.parentId === ids[i] && !ids.includes(node.id)) ids.push(node.id);
  }
  return ids;
}

/** The Prisma filter for a reader's filters; null when a named type/field/body does not exist. */
export async function documentListWhere(filters: DocumentFilters, now = new Date()) {
  const db = await getDb();
  const and: object[] = [publicDocumentWhere()];
  for (const word of searchWords(filters.q)) and.push({ searchText: { contains: word } });
  if (filters.type) {
    const types = await db.documentType.findMany({ select: { id: true, parentId: true, slug: true } });
    const root = types.find((type) => type.slug === filters.type);
    if (!root) return null;
    and.push({ typeId: { in: withDescendants(types, root.id) } });
  }
  if (filters.field) {
    const fields = await db.documentField.findMany({ select: { id: true, parentId: true, slug: true } });
    const root = fields.find((field) => field.slug === filters.field);
    if (!root) return null;
    and.push({ fields: { some: { fieldId: { in: withDescendants(fields, root.id) } } } });
  }
  if (filters.body) and.push({ issuingBody: { slug: filters.body } });
  if (filters.signer) and.push({ signerId: filters.signer });
  if (filters.validity) and.push(validityWhere(filters.validity, now));
  if (filters.from) and.push({ issuedAt: { gte: startOfVietnamDay(filters.from) } });
  if (filters.to) and.push({ issuedAt: { lt: new Date(startOfVietnamDay(filters.to).getTime() + DAY_MS) } });
  return { AND: and };
}

export async function listPublicDocuments(
  filters: DocumentFilters,
  { page, perPage }: { page: number; perPage: number },
  now = new Date(),
) {
  const db = await getDb();
  const where = await documentListWhere(filters, now);
  if (!where) return { items: [], total: 0 };
  const [items, total] = await Promise.all([
    db.document.findMany({ where, orderBy: newestFirst, skip: (page - 1) * perPage, take: perPage, select: documentCardSelect }),
    db.document.count({ where }),
  ]);
  return { items, total };
}

export type DocumentCard = Awaited<ReturnType<typeof listPublicDocuments>>["items"][number];

export async function listLatestDocuments(limit: number): Promise<DocumentCard[]> {
  const db = await getDb();
  return db.document.findMany({ where: publicDocumentWhere(), orderBy: newestFirst, take: limit, select: documentCardSelect });
}

export async function getPublicDocument(id: number) {
  const db = await getDb();
  const relationTarget = { select: documentCardSelect };
  return db.document.findFirst({
    where: { id, ...publicDocumentWhere() },
    include: {
      type: { select: { id: true, name: true, slug: true } },
      issuingBody: { select: { id: true, name: true, slug: true } },
      signer: { select: { id: true, name: true, position: true, office: true } },
      fields: { select: { field: { select: { id: true, name: true, slug: true } } }, orderBy: { field: { position: "asc" } } },
      files: { orderBy: [{ position: "asc" }, { id: "asc" }] },
      relationsOut: { where: { to: publicDocumentWhere() }, select: { kind: true, to: relationTarget } },
      relationsIn: { where: { from: publicDocumentWhere() }, select: { kind: true, from: relationTarget } },
    },
  });
}

export type PublicDocument = NonNullable<Awaited<ReturnType<typeof getPublicDocument>>>;

/** "Văn bản cùng loại" and "Văn bản cùng cơ quan ban hành", newest first, without the document itself. */
export async function listOtherDocuments(document: { id: number; typeId: number; issuingBodyId: number }, limit: number) {
  const db = await getDb();
  const base = { ...publicDocumentWhere(), id: { not: document.id } };
  const [sameType, sameBody] = await Promise.all([
    db.document.findMany({ where: { ...base, typeId: document.typeId }, orderBy: newestFirst, take: limit, select: documentCardSelect }),
    db.document.findMany({
      where: { ...base, issuingBodyId: document.issuingBodyId },
      orderBy: newestFirst,
      take: limit,
      select: documentCardSelect,
    }),
  ]);
  return { sameType, sameBody };
}

/** The choices of the filter form. */
export async function listFilterOptions() {
  const db = await getDb();
  const [types, fields, bodies, signers] = await Promise.all([
    db.documentType.findMany({ orderBy: [{ position: "asc" }, { id: "asc" }], select: { slug: true, name: true } }),
    db.documentField.findMany({ orderBy: [{ position: "asc" }, { id: "asc" }], select: { slug: true, name: true } }),
    db.issuingBody.findMany({ orderBy: [{ position: "asc" }, { id: "asc" }], select: { slug: true, name: true } }),
    db.signer.findMany({ orderBy: [{ name: "asc" }, { id: "asc" }], select: { id: true, name: true, position: true } }),
  ]);
  return { types, fields, bodies, signers };
}
