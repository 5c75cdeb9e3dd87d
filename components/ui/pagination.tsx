import Link from "next/link";

type PaginationProps = { page: number; pageCount: number; hrefForPage: (page: number) => string };

/** Previous / numbered / next links; the current page is marked for assistive technology. */
export function Pagination({ page, pageCount, hrefForPage }: PaginationProps) {
  if (pageCount <= 1) return null;
  const pages = visiblePages(page, pageCount);
  const linkClass = "block min-w-9 rounded border border-gray-300 bg-white px-3 py-1.5 text-center hover:border-brand-600";
  return (
    <nav aria-label="Phân trang" className="mt-6">
      <ul className="flex flex-wrap gap-1 text-sm">
        {page > 1 ? (
          <li>
            <Link href={hrefForPage(page - 1)} className={linkClass} rel="prev">
              ‹ Trang trước
            </Link>
          </li>
        ) : null}
        {pages.map((item, index) =>
          item === null ? (
            <li key={`gap-${index}`} aria-hidden="true" className="px-2 py-1.5">
              …
            </li>
          ) : (
            <li key={item}>
              {item === page ? (
                <span aria-current="page" className={`${linkClass} border-brand-600 bg-brand-600 font-bold text-white`}>
                  <span className="sr-only">Trang </span>
                  {item}
                </span>
              ) : (
                <Link href={hrefForPage(item)} className={linkClass}>
                  <span className="sr-only">Trang </span>
                  {item}
                </Link>
              )}
            </li>
          ),
        )}
        {page < pageCount ? (
          <li>
            <Link href={hrefForPage(page + 1)} className={linkClass} rel="next">
              Trang sau ›
            </Link>
          </li>
        ) : null}
      </ul>
    </nav>
  );
}

/** First, last, and two either side of the current page; null marks a gap. */
export function visiblePages(page: number, pageCount: number): (number | null)[] {
  const wanted = new Set([1, pageCount]);
  for (let p = page - 2; p <= page + 2; p++) if (p >= 1 && p <= pageCount) wanted.add(p);
  const sorted = [...wanted].sort((a, b) => a - b);
  const result: (number | null)[] = [];
  for (const [i, p] of sorted.entries()) {
    if (i > 0 && p - sorted[i - 1] > 1) result.push(null);
    result.push(p);
  }
  return result;
}
