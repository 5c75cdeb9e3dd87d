import Link from "next/link";
import { SearchBox } from "@/components/search/search-box";
import { listActiveCategories } from "@/lib/categories/queries";
import { categoryPath } from "@/lib/articles/article-url";
import { formatLongDate } from "@/lib/format/vietnam-time";
import { siteConfig } from "@/lib/site/site-config";
import { MainNav } from "./main-nav";
import { TextSizeControl } from "./text-size-control";

export async function SiteHeader() {
  const categories = await listActiveCategories();
  const topLevel = categories.filter((category) => category.parentId === null);
  return (
    <header className="no-print bg-white shadow-sm">
      <div className="bg-brand-700 text-xs text-white">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-x-4 px-3 py-1 sm:px-4">
          <p>{formatLongDate(new Date())}</p>
          <TextSizeControl />
        </div>
      </div>
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-4 px-3 py-4 sm:px-4">
        <Link href="/" className="flex items-center gap-3 rounded">
          {/* eslint-disable-next-line @next/next/no-img-element -- a tiny SVG logo needs no optimisation */}
          <img src={siteConfig.logo} alt="" width={64} height={64} className="h-14 w-14 sm:h-16 sm:w-16" />
          <span className="flex flex-col">
            <span className="text-xs font-semibold uppercase tracking-wide text-brand-700 sm:text-sm">
              {siteConfig.tagline}
            </span>
            <span className="text-lg font-bold uppercase leading-tight text-brand-800 sm:text-2xl">{siteConfig.name}</span>
          </span>
        </Link>
        <SearchBox />
      </div>
      <MainNav
        items={[
          ...topLevel.map((category) => ({ href: categoryPath(category), label: category.name })),
          { href: "/van-ban", label: "Văn bản" },
        ]}
      />
    </header>
  );
}
