import { handleRoute } from "@/lib/http/handle-route";
import { sitemapDocument, xmlResponse } from "@/lib/seo/sitemap";

export const dynamic = "force-dynamic";

export const GET = handleRoute(async () => xmlResponse(await sitemapDocument()));
