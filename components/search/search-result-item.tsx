import Link from "next/link";
import { formatDate, formatDateTime } from "@/lib/format/vietnam-time";
import type { SearchHit } from "@/lib/search/search-site";
import { HighlightedText } from "./highlighted-text";

/** One search result: kind, title and excerpt with the search words marked, date and where it belongs. */
export function SearchResultItem({ hit, terms }: { hit: SearchHit; terms: string[] }) {
  return (
    <article data-testid="search-result" data-kind={hit.kind}>
      <p className="text-xs font-semibold uppercase text-brand-700">
        {hit.kind === "article" ? `Bài viết · ${hit.categoryName}` : `Văn bản · ${hit.typeName}`}
      </p>
      <h2 className="mt-0.5 font-bold leading-snug text-ink">
        {/* Ten results a page: prefetching them all would load ten pages nobody asked for. */}
        <Link href={hit.url} prefetch={false} className="hover:text-brand-700 hover:underline">
          {hit.kind === "document" ? (
            <>
              Số <HighlightedText text={hit.number} terms={terms} />:{" "}
            </>
          ) : null}
          <HighlightedText text={hit.title} terms={terms} />
        </Link>
      </h2>
      <p className="mt-1 text-xs text-muted">
        <time dateTime={hit.date.toISOString()}>
          {hit.kind === "article" ? formatDateTime(hit.date) : `Ban hành ngày ${formatDate(hit.date)}`}
        </time>
      </p>
      {hit.excerpt ? (
        <p className="mt-1 text-sm text-gray-700" data-testid="search-excerpt">
          <HighlightedText text={hit.excerpt} terms={terms} />
        </p>
      ) : null}
    </article>
  );
}
