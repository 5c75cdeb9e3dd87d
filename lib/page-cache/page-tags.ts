import { parseSlugId } from "@/lib/text/slugify";
import type { ContentTag } from "./content-changes";

const ARTICLE_PAGE = /^\/tin-tuc\/[^/]+\/([^/]+)$/;

/**
 * The tags a cached public page carries. Every public page has the sidebar, whose blocks list
 * articles (most read, categories) and documents ("Tư liệu - Văn kiện"), so every page depends
 * on both; an article page also depends on its own comments and counts ("article:<id>"),
 * which change far more often than anything an editor writes and drop that one page only.
 */
export function pageTags(pathname: string): ContentTag[] {
  const tags: ContentTag[] = ["articles", "documents"];
  const articleSegment = ARTICLE_PAGE.exec(pathname)?.[1];
  const id = articleSegment ? parseSlugId(decodeURIComponent(articleSegment))?.id : undefined;
  if (id) tags.push(`article:${id}`);
  return tags;
}
