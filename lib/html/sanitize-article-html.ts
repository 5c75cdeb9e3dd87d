import { Parser } from "htmlparser2";
import { YOUTUBE_EMBED_ORIGIN } from "./embed-origins";

// The security boundary for article bodies: whatever the editor (or a hand-made request)
// sends, only this allow-list reaches readers. Built on a tokenising parser and rebuilt
// from scratch, so nothing the parser did not understand is ever copied through.

type AttributeRule = (value: string) => string | null;

const number = (max: number): AttributeRule => (value) => (/^\d{1,5}$/.test(value) && Number(value) <= max ? value : null);
const text = (max: number): AttributeRule => (value) => value.slice(0, max);

const ALLOWED: Record<string, Record<string, AttributeRule>> = {
  p: {},
  br: {},
  hr: {},
  div: {},
  h2: {},
  h3: {},
  h4: {},
  strong: {},
  b: {},
  em: {},
  i: {},
  u: {},
  s: {},
  sub: {},
  sup: {},
  code: {},
  pre: {},
  ul: {},
  ol: { start: number(10_000) },
  li: {},
  blockquote: {},
  a: { href: safeLinkUrl, title: text(300) },
  table: {},
  caption: {},
  thead: {},
  tbody: {},
  tfoot: {},
  tr: {},
  th: { colspan: number(100), rowspan: number(100), scope: (v) => (["row", "col"].includes(v) ? v : null) },
  td: { colspan: number(100), rowspan: number(100) },
  figure: {},
  figcaption: {},
  img: { src: safeImageUrl, alt: text(500), title: text(300), width: number(5000), height: number(5000) },
  iframe: { src: youtubeEmbedUrl, title: text(300), width: number(2000), height: number(2000) },
};

/** Headings one level too high for a body (the page owns h1) are demoted rather than dropped. */
const RENAMED: Record<string, string> = { h1: "h2", h5: "h4", h6: "h4" };

/** Elements whose content is dropped along with them: code, styles, foreign markup, forms. */
const DROP_WITH_CONTENT = new Set([
  "script", "style", "noscript", "template", "object", "embed", "applet", "svg", "math",
  "textarea", "select", "option", "button", "title", "head", "xmp", "noembed", "noframes", "frameset", "frame",
]);

const VOID = new Set(["br", "hr", "img"]);

// Control characters and whitespace browsers ignore inside a URL scheme ("java\tscript:").
const IGNORED_IN_URL = /[\u0000-\u0020\u007f-\u009f]/g;

export function safeLinkUrl(value: string): string | null {
  const url = value.trim();
  const squeezed = url.replace(IGNORED_IN_URL, "").toLowerCase();
  if (/^(https?:\/\/|mailto:)/.test(squeezed)) return url;
  // Paths on this site and anchors; "//host" would leave the site, "/\" is read as "//" by browsers.
  if (/^\/(?![/\\])/.test(squeezed) || squeezed.startsWith("#")) return url;
  return null;
}

export function safeImageUrl(value: string): string | null {
  const url = value.trim();
  if (/^\/api\/uploads\/[a-z0-9][a-z0-9._-]{0,150}$/.test(url) && !url.includes("..")) return url;
  if (/^\/images\/[a-z0-9/_-]+\.(png|jpe?g|webp|gif|svg)$/i.test(url) && !url.includes("..")) return url;
  if (/^https:\/\/[a-z0-9.-]+(:\d+)?\/[^\s"'<>\\]*$/i.test(url)) return url;
  return null;
}

const YOUTUBE_EMBED = /^https:\/\/(?:www\.)?youtube(?:-nocookie)?\.com\/embed\/([A-Za-z0-9_-]{6,20})(?:\?(?:start=(\d{1,6})))?$/;

/** Only YouTube embeds, always rewritten to the privacy-enhanced host. */
export function youtubeEmbedUrl(value: string): string | null {
  const match = YOUTUBE_EMBED.exec(value.trim());
  if (!match) return null;
  return `${YOUTUBE_EMBED_ORIGIN}/embed/${match[1]}${match[2] ? `?start=${match[2]}` : ""}`;
}

const escapeText = (value: string) => value.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const escapeAttribute = (value: string) => escapeText(value).replace(/"/g, "&quot;");

/** Attributes every kept element of a kind gets, whatever was sent. */
function fixedAttributes(tag: string, kept: Record<string, string>): Record<string, string> {
  if (tag === "a") return { ...kept, rel: "noopener noreferrer" };
  if (tag === "img") return { ...kept, loading: "lazy" };
  if (tag === "iframe") {
    return {
      ...kept,
      loading: "lazy",
      referrerpolicy: "strict-origin-when-cross-origin",
      allow: "encrypted-media; picture-in-picture; fullscreen",
      sandbox: "allow-scripts allow-same-origin allow-presentation allow-popups",
    };
  }
  return kept;
}

export function sanitizeArticleHtml(html: string): string {
  let out = "";
  const open: string[] = []; // kept elements still open, innermost last
  const outcome: ("kept" | "unwrapped" | "dropped")[] = []; // one entry per element the parser opened
  let dropDepth = 0;

  const parser = new Parser(
    {
      onopentag(rawName, attributes) {
        if (dropDepth > 0 || DROP_WITH_CONTENT.has(rawName)) {
          dropDepth++;
          outcome.push("dropped");
          return;
        }
        const tag = RENAMED[rawName] ?? rawName;
        const rules = ALLOWED[tag];
        if (!rules) {
          outcome.push("unwrapped");
          return;
        }
        const kept: Record<string, string> = {};
        for (const [name, value] of Object.entries(attributes)) {
          const checked = rules[name]?.(value);
          if (checked != null) kept[name] = checked;
        }
        // An image or embed without an acceptable source is nothing: drop it (and an iframe's fallback text).
        if ((tag === "img" || tag === "iframe") && !kept.src) {
          if (tag === "iframe") dropDepth++;
          outcome.push(tag === "iframe" ? "dropped" : "unwrapped");
          return;
        }
        if (tag === "iframe") dropDepth++; // its children are fallback text, never shown by browsers
        const rendered = Object.entries(fixedAttributes(tag, kept))
          .map(([name, value]) => ` ${name}="${escapeAttribute(value)}"`)
          .join("");
        out += `<${tag}${rendered}>`;
        outcome.push("kept");
        if (!VOID.has(tag)) open.push(tag);
      },
      ontext(value) {
        if (dropDepth === 0) out += escapeText(value);
      },
      onclosetag(rawName) {
        const what = outcome.pop();
        const tag = RENAMED[rawName] ?? rawName;
        if (what === "dropped") {
          dropDepth--;
          return;
        }
        if (what !== "kept") return;
        if (tag === "iframe") dropDepth--;
        if (VOID.has(tag)) return;
        const index = open.lastIndexOf(tag);
        if (index === -1) return;
        while (open.length > index) out += `</${open.pop()}>`;
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true, recognizeSelfClosing: false },
  );
  parser.write(html);
  parser.end();
  while (open.length > 0) out += `</${open.pop()}>`;
  return out.trim();
}
