import type { ArticleCard } from "@/lib/articles/queries";

const FALLBACK = { width: 1200, height: 675 };

/**
 * List thumbnails keep the image's own aspect ratio through explicit width and height,
 * so nothing shifts while images load. Decorative here: the linked title next to it says it all.
 */
export function ArticleThumbnail({ article, className }: { article: ArticleCard; className?: string }) {
  if (!article.imageUrl) return null;
  return (
    // eslint-disable-next-line @next/next/no-img-element -- demo and uploaded images are served as they are
    <img
      src={article.imageUrl}
      alt=""
      width={article.imageWidth ?? FALLBACK.width}
      height={article.imageHeight ?? FALLBACK.height}
      loading="lazy"
      decoding="async"
      className={`h-auto w-full rounded object-cover ${className ?? ""}`}
    />
  );
}
