/** One recorded page view, as the public pipeline saw it. Nothing in it identifies a person. */
export type PageHit = {
  at: Date;
  /** The browser's `vid` cookie, or `bot:<name>`: a crawler is one visitor however often it comes. */
  visitorKey: string;
  botName: string | null;
  path: string;
  userAgent: string;
  referrerHost: string | null;
};

export const botVisitorKey = (botName: string) => `bot:${botName}`;
