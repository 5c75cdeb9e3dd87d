export type TreeRow = { id: number; parentId: number | null; position: number };

/**
 * The categories in tree order (each parent followed by its children, siblings by position
 * then id) with their depth. A row whose parent is missing is shown at the top level.
 */
export function flattenTree<T extends TreeRow>(rows: T[]): (T & { depth: number })[] {
  const ids = new Set(rows.map((row) => row.id));
  const bySibling = (a: T, b: T) => a.position - b.position || a.id - b.id;
  const childrenOf = (parentId: number | null) =>
    rows
      .filter((row) => (parentId === null ? row.parentId === null || !ids.has(row.parentId) : row.parentId === parentId))
      .sort(bySibling);
  const result: (T & { depth: number })[] = [];
  const visit = (parentId: number | null, depth: number) => {
    for (const row of childrenOf(parentId)) {
      result.push({ ...row, depth });
      visit(row.id, depth + 1);
    }
  };
  visit(null, 0);
  return result;
}

/** The ids of a category's descendants: none of them may become its parent. */
export function descendantIds(rows: TreeRow[], id: number): Set<number> {
  const found = new Set<number>();
  const queue = [id];
  while (queue.length > 0) {
    const current = queue.shift()!;
    for (const row of rows) {
      if (row.parentId === current && !found.has(row.id)) {
        found.add(row.id);
        queue.push(row.id);
      }
    }
  }
  return found;
}
