import { NotFoundError } from "@/lib/errors/domain-error";
import { handleRoute } from "@/lib/http/handle-route";
import { sitemapResponse } from "@/lib/http/xml-response";
import { sitemapPartDocument } from "@/lib/seo/sitemap";

export const dynamic = "force-dynamic";

/** /sitemap/<n>.xml: the n-th file of the sitemap index, once the site has more than 50,000 URLs. */
export const GET = handleRoute(async (_request: Request, { params }: { params: Promise<{ part: string }> }) => {
  const match = /^([1-9]\d{0,4})\.xml$/.exec((await params).part);
  const xml = match ? await sitemapPartDocument(Number(match[1])) : null;
  if (!xml) throw new NotFoundError("Không tìm thấy sơ đồ trang.");
  return sitemapResponse(xml);
});
