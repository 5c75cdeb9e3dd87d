import type { MetadataRoute } from "next";
import { absoluteUrl } from "@/lib/seo/site-url";

// Read at request time: the public address comes from the running server's environment.
export const dynamic = "force-dynamic";

export default function robots(): MetadataRoute.Robots {
  return {
    // The editor area, the API and search results (endless variations of the content) stay out of indexes.
    rules: [{ userAgent: "*", allow: "/", disallow: ["/quan-tri", "/api/", "/dang-nhap", "/tim-kiem"] }],
    sitemap: absoluteUrl("/sitemap.xml"),
  };
}
