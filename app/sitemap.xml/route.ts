import { handleRoute } from "@/lib/http/handle-route";
import { sitemapResponse } from "@/lib/http/xml-response";
import { sitemapDocument } from "@/lib/seo/sitemap";

export const dynamic = "force-dynamic";

export const GET = handleRoute(async () => sitemapResponse(await sitemapDocument()));
