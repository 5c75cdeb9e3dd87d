import { JsonLd } from "@/components/seo/json-ld";
import { BEST_RATING, type RatingSummary } from "@/lib/ratings/rating-summary";

/**
 * schema.org AggregateRating for search engines, once there is at least one vote. Google
 * rejects an AggregateRating without a reviewable `itemReviewed`, so the article is named
 * as a CreativeWorkSeries (the type NukeViet settled on after the same report).
 */
export function AggregateRatingJsonLd({ title, url, summary }: { title: string; url: string; summary: RatingSummary }) {
  if (summary.count < 1) return null;
  const data = {
    "@type": "AggregateRating",
    itemReviewed: { "@type": "CreativeWorkSeries", name: title, url },
    ratingValue: summary.average,
    ratingCount: summary.count,
    bestRating: BEST_RATING,
    worstRating: 1,
  };
  return <JsonLd data={data} />;
}
