import Link from "next/link";
import { SidebarBlock } from "@/components/ui/sidebar-block";
import { articlePath } from "@/lib/articles/article-url";
import { listMostViewedArticles } from "@/lib/articles/queries";
import { formatCount } from "@/lib/format/number";

export async function MostViewedBlock() {
  const articles = await listMostViewedArticles(5);
  return (
    <SidebarBlock id="khoi-tin-xem-nhieu" title="Tin xem nhiều">
      <ol className="list-decimal space-y-2 pl-5 text-sm">
        {articles.map((article) => (
          <li key={article.id}>
            <Link href={articlePath(article)} className="hover:text-brand-700 hover:underline">
              {article.title}
            </Link>{" "}
            <span className="whitespace-nowrap text-xs text-muted">({formatCount(article.viewCount)} lượt xem)</span>
          </li>
        ))}
      </ol>
    </SidebarBlock>
  );
}
