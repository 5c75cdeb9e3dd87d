import type { PublicArticle } from "@/lib/articles/queries";
import { newsArticleData } from "@/lib/seo/structured-data";
import { JsonLd } from "./json-ld";

export function NewsArticleJsonLd({ article }: { article: PublicArticle }) {
  return <JsonLd data={newsArticleData(article)} />;
}
