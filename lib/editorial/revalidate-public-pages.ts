import { revalidatePath } from "next/cache";

/**
 * Public pages render on every request, so readers already see a save at once; revalidating
 * the exact pages a write touched keeps that true when caching is added to them.
 */
export function revalidatePublicPages(paths: string[]): void {
  for (const path of paths) revalidatePath(path);
}
