import type { Actor } from "@/lib/audit/actor";
import { type AuditEntry, recordAudit } from "@/lib/audit/record-audit";
import { assertPermission, type CurrentUser } from "@/lib/auth/current-user";
import { getDb, type Tx } from "@/lib/db/client";
import type { Prisma } from "@/generated/sqlite/client";
import { ConflictError, InvalidInputError, NotFoundError } from "@/lib/errors/domain-error";
import { recordContentChanges } from "@/lib/page-cache/content-changes";
import { slugify } from "@/lib/text/slugify";
import { categoryInputSchema } from "./category-input";
import { descendantIds } from "./category-tree";

// Admin writes to the category tree. Each function checks the actor's permission itself and
// records the change in the audit log in the same transaction.

const NOT_FOUND = "Không tìm thấy chuyên mục.";

/**
 * What every category write does in its transaction besides the write: the audit entry, and
 * the change that drops the cached public pages (the menu and the category block are on all).
 */
async function recordCategoryWrite(tx: Prisma.TransactionClient, actor: Actor, entry: Omit<AuditEntry, "targetType">) {
  await recordContentChanges(tx, ["articles"]);
  await recordAudit(tx, actor, { targetType: "category", ...entry });
}

/** Every category, inactive ones included, with how many articles each holds. Admins only. */
export async function listCategoriesForAdmin(actor: CurrentUser | null) {
  assertPermission(actor, "category.manage");
  const db = await getDb();
  return db.category.findMany({
    orderBy: [{ position: "asc" }, { id: "asc" }],
    select: {
      id: true,
      parentId: true,
      name: true,
      slug: true,
      description: true,
      position: true,
      active: true,
      showOnHome: true,
      _count: { select: { articles: true } },
    },
  });
}

export async function createCategory(actor: Actor | null, input: unknown) {
  assertPermission(actor, "category.manage");
  const data = categoryInputSchema.parse(input);
  const slug = data.slug || slugify(data.name);
  const db = await getDb();
  return db.$transaction(async (tx) => {
    await assertSlugFree(tx, slug);
    if (data.parentId !== null && !(await tx.category.findUnique({ where: { id: data.parentId } }))) {
      throw new InvalidInputError("Chuyên mục cha không tồn tại.");
    }
    // A new category goes last among its siblings.
    const last = await tx.category.aggregate({ where: { parentId: data.parentId }, _max: { position: true } });
    const category = await tx.category.create({
      data: { ...data, slug, position: (last._max.position ?? -1) + 1 },
    });
    await recordCategoryWrite(tx, actor, { action: "category.create", targetId: category.id, detail: { name: category.name, slug } });
    return category;
  });
}

export async function updateCategory(actor: Actor | null, id: number, input: unknown) {
  assertPermission(actor, "category.manage");
  const data = categoryInputSchema.parse(input);
  const slug = data.slug || slugify(data.name);
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const all = await tx.category.findMany({ select: { id: true, parentId: true, position: true } });
    const before = await tx.category.findUnique({ where: { id } });
    if (!before) throw new NotFoundError(NOT_FOUND);
    if (slug !== before.slug) await assertSlugFree(tx, slug);
    if (data.parentId !== null) {
      if (!all.some((row) => row.id === data.parentId)) throw new InvalidInputError("Chuyên mục cha không tồn tại.");
      if (data.parentId === id || descendantIds(all, id).has(data.parentId)) {
        throw new ConflictError("Không thể đặt chuyên mục vào bên trong chính nó hoặc chuyên mục con của nó.");
      }
    }
    const moved = data.parentId !== before.parentId;
    const position = moved
      ? ((await tx.category.aggregate({ where: { parentId: data.parentId }, _max: { position: true } }))._max.position ?? -1) + 1
      : before.position;
    const category = await tx.category.update({ where: { id }, data: { ...data, slug, position } });
    await recordCategoryWrite(tx, actor, { action: "category.update", targetId: id, detail: { name: category.name, ...(moved ? { fromParentId: before.parentId, toParentId: data.parentId } : {}) } });
    return category;
  });
}

/** Moves a category one place up or down among its siblings. */
export async function moveCategory(actor: Actor | null, id: number, direction: "up" | "down") {
  assertPermission(actor, "category.manage");
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const category = await tx.category.findUnique({ where: { id } });
    if (!category) throw new NotFoundError(NOT_FOUND);
    const siblings = await tx.category.findMany({
      where: { parentId: category.parentId },
      orderBy: [{ position: "asc" }, { id: "asc" }],
      select: { id: true },
    });
    const order = siblings.map((sibling) => sibling.id);
    const from = order.indexOf(id);
    const to = direction === "up" ? from - 1 : from + 1;
    if (to < 0 || to >= order.length) return category;
    [order[from], order[to]] = [order[to], order[from]];
    // Renumber the siblings 0..n-1, so equal or sparse positions from older data cannot stall a move.
    for (const [position, siblingId] of order.entries()) {
      await tx.category.update({ where: { id: siblingId }, data: { position } });
    }
    await recordCategoryWrite(tx, actor, { action: "category.move", targetId: id, detail: { name: category.name, direction } });
    return category;
  });
}

async function assertSlugFree(tx: Tx, slug: string) {
  if (await tx.category.findUnique({ where: { slug } })) {
    throw new ConflictError(`Đường dẫn "${slug}" đã được chuyên mục khác dùng.`);
  }
}
