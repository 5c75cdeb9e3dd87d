import Link from "next/link";
import { breadcrumbListData, type BreadcrumbItem } from "@/lib/seo/structured-data";
import { JsonLd } from "./json-ld";

/**
 * "Trang chủ › Chuyên mục › …": the trail a reader sees, and the same trail as a schema.org
 * BreadcrumbList for search engines. The last item is the current page.
 */
export function Breadcrumbs({ items }: { items: BreadcrumbItem[] }) {
  const trail = [{ name: "Trang chủ", path: "/" }, ...items];
  return (
    <>
      <nav aria-label="Vị trí trang" className="no-print mb-3 text-sm text-muted">
        <ol className="flex flex-wrap items-center gap-x-1">
          {trail.map((item, index) => (
            <li key={item.path} className="flex items-center gap-x-1">
              {index > 0 ? <span aria-hidden="true">›</span> : null}
              {index === trail.length - 1 ? (
                <span aria-current="page" className="line-clamp-1">
                  {item.name}
                </span>
              ) : (
                <Link href={item.path} className="hover:underline">
                  {item.name}
                </Link>
              )}
            </li>
          ))}
        </ol>
      </nav>
      <JsonLd data={breadcrumbListData(trail)} />
    </>
  );
}
