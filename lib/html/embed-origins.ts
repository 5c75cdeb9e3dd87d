/** The one host article bodies may embed frames from (privacy-enhanced YouTube). */
export const YOUTUBE_EMBED_ORIGIN = "https://www.youtube-nocookie.com";
