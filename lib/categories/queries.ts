import { getDb } from "@/lib/db/client";
import { isSlug } from "@/lib/text/slugify";

export type NavCategory = { id: number; slug: string; name: string; description: string; parentId: number | null };

/** Active categories in menu order (parents before their children). */
export async function listActiveCategories(): Promise<NavCategory[]> {
  const db = await getDb();
  return db.category.findMany({
    where: { active: true },
    orderBy: [{ position: "asc" }, { id: "asc" }],
    select: { id: true, slug: true, name: true, description: true, parentId: true },
  });
}

export async function listHomeCategories(): Promise<NavCategory[]> {
  const db = await getDb();
  return db.category.findMany({
    where: { active: true, showOnHome: true },
    orderBy: [{ position: "asc" }, { id: "asc" }],
    select: { id: true, slug: true, name: true, description: true, parentId: true },
  });
}

export async function getActiveCategoryBySlug(slug: string): Promise<NavCategory | null> {
  if (!isSlug(slug)) return null;
  const db = await getDb();
  return db.category.findFirst({
    where: { slug, active: true },
    select: { id: true, slug: true, name: true, description: true, parentId: true },
  });
}
