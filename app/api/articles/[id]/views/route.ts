import { countArticleView } from "@/lib/article-views/view-route";

export const POST = countArticleView;
