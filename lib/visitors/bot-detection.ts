// Known crawlers by user agent. Order matters: specific names before the generic pattern,
// so the statistics can say which crawler it was. Keep this list up to date.
const KNOWN_BOTS: [name: string, pattern: RegExp][] = [
  ["Googlebot", /googlebot|google-inspectiontool|googleother|adsbot-google|mediapartners-google/i],
  ["Bingbot", /bingbot|bingpreview|msnbot/i],
  ["coccocbot", /coccocbot/i],
  ["YandexBot", /yandex(bot|images|mobilebot)?/i],
  ["Baiduspider", /baiduspider/i],
  ["DuckDuckBot", /duckduckbot|duckassistbot/i],
  ["Applebot", /applebot/i],
  ["facebookexternalhit", /facebookexternalhit|facebookcatalog|meta-externalagent/i],
  ["Twitterbot", /twitterbot/i],
  ["AhrefsBot", /ahrefsbot|ahrefssiteaudit/i],
  ["SemrushBot", /semrushbot/i],
  ["MJ12bot", /mj12bot/i],
  ["PetalBot", /petalbot/i],
  ["GPTBot", /gptbot|chatgpt-user|oai-searchbot/i],
  ["ClaudeBot", /claudebot|claude-web|claude-user|anthropic-ai/i],
  ["Yahoo Slurp", /slurp/i],
];
// Scripted clients (curl, wget, python-requests) are not visitors either.
const GENERIC_BOT = /bot\b|bot[/;_-]|crawler|spider|slurp|crawl|python-requests|curl\/|wget\//i;

/**
 * The crawler's name for a user agent, or null for a person's browser. An empty user agent
 * counts as a bot: browsers always send one.
 */
export function detectBot(userAgent: string | null | undefined): string | null {
  const ua = userAgent?.trim() ?? "";
  if (!ua) return "Không rõ";
  for (const [name, pattern] of KNOWN_BOTS) if (pattern.test(ua)) return name;
  return GENERIC_BOT.test(ua) ? "Khác" : null;
}
