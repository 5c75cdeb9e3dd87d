import { describe, expect, it } from "vitest";
import { safeImageUrl, safeLinkUrl, sanitizeArticleHtml, youtubeEmbedUrl } from "./sanitize-article-html";

describe("sanitizeArticleHtml keeps the editor's structure", () => {
  it("keeps headings, paragraphs, lists, quotes and tables as they are", () => {
    const html =
      "<h2>Tiêu đề</h2><p>Đoạn <strong>đậm</strong> và <em>nghiêng</em>.</p><ul><li>Một</li></ul><ol start=\"3\"><li>Ba</li></ol>" +
      "<blockquote><p>Trích dẫn</p></blockquote><table><thead><tr><th scope=\"col\">Cột</th></tr></thead>" +
      "<tbody><tr><td colspan=\"2\">Ô</td></tr></tbody></table>";
    expect(sanitizeArticleHtml(html)).toBe(html);
  });

  it("keeps figures with uploaded images and captions, adding lazy loading", () => {
    expect(
      sanitizeArticleHtml('<figure><img src="/api/uploads/abc123.jpg" alt="Cầu" width="800" height="450"><figcaption>Chú thích</figcaption></figure>'),
    ).toBe('<figure><img src="/api/uploads/abc123.jpg" alt="Cầu" width="800" height="450" loading="lazy"><figcaption>Chú thích</figcaption></figure>');
  });

  it("keeps links with a safe scheme and marks them noopener", () => {
    expect(sanitizeArticleHtml('<a href="https://sonha.gov.vn/a?b=1&amp;c=2" target="_blank">x</a>')).toBe(
      '<a href="https://sonha.gov.vn/a?b=1&amp;c=2" rel="noopener noreferrer">x</a>',
    );
    expect(sanitizeArticleHtml('<a href="mailto:vp@sonha.gov.vn">thư</a>')).toContain('href="mailto:vp@sonha.gov.vn"');
  });

  it("rewrites YouTube embeds to the privacy-enhanced host inside a sandbox", () => {
    const out = sanitizeArticleHtml('<iframe src="https://www.youtube.com/embed/dQw4w9WgXcQ" width="560" height="315" onload="x()">fallback</iframe>');
    expect(out).toMatch(/^<iframe src="https:\/\/www\.youtube-nocookie\.com\/embed\/dQw4w9WgXcQ" width="560" height="315" .*sandbox="[^"]+"><\/iframe>$/);
    expect(out).not.toContain("onload");
    expect(out).not.toContain("fallback");
  });

  it("demotes h1 and escapes text", () => {
    expect(sanitizeArticleHtml("<h1>A &lt;b&gt; &amp; B</h1>")).toBe("<h2>A &lt;b&gt; &amp; B</h2>");
  });
});

describe("sanitizeArticleHtml removes everything that can run code", () => {
  const payloads: [string, string][] = [
    ["<script>alert(1)</script><p>ok</p>", "<p>ok</p>"],
    ["<SCRIPT SRC=//evil.example/x.js></SCRIPT>ok", "ok"],
    ['<img src="x" onerror="alert(1)">', ""],
    ['<img src="/api/uploads/a.png" onerror="alert(1)">', '<img src="/api/uploads/a.png" loading="lazy">'],
    ['<a href="javascript:alert(1)">x</a>', '<a rel="noopener noreferrer">x</a>'],
    ['<a href="  JaVa\tScRiPt:alert(1)">x</a>', '<a rel="noopener noreferrer">x</a>'],
    ['<a href="&#106;avascript:alert(1)">x</a>', '<a rel="noopener noreferrer">x</a>'],
    ['<a href="data:text/html,<script>alert(1)</script>">x</a>', '<a rel="noopener noreferrer">x</a>'],
    ['<a href="//evil.example">x</a>', '<a rel="noopener noreferrer">x</a>'],
    ['<img src="data:image/svg+xml;base64,PHN2Zz4=">', ""],
    ['<img src="http://insecure.example/a.png">', ""],
    ['<iframe src="https://evil.example/embed/abcdefgh"></iframe><p>ok</p>', "<p>ok</p>"],
    ['<iframe src="javascript:alert(1)"></iframe>', ""],
    ['<iframe srcdoc="<script>alert(1)</script>" src="https://www.youtube.com/embed/x"></iframe>', ""],
    ['<p style="background:url(javascript:alert(1))" onclick="alert(1)">t</p>', "<p>t</p>"],
    ["<style>body{display:none}</style><p>t</p>", "<p>t</p>"],
    ['<svg><script>alert(1)</script><a href="javascript:alert(1)">x</a></svg>t', "t"],
    ['<math><mi xlink:href="javascript:alert(1)">x</mi></math>', ""],
    ['<object data="x.swf"></object><embed src="x.swf">', ""],
    ["<form action=/x><input name=a><button>Gửi</button></form>", ""],
    ['<div><span onmouseover="alert(1)">t</span></div>', "<div>t</div>"],
    ["<!-- <script>alert(1)</script> --><p>t</p>", "<p>t</p>"],
    ["<p>a</p></div><script>alert(1)</script>", "<p>a</p>"],
    ['<a href="https://x.example" onclick="alert(1)" style="x">t</a>', '<a href="https://x.example" rel="noopener noreferrer">t</a>'],
    ["<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\"></noscript>", ""],
    ['<table><tr><td background="javascript:alert(1)">x</td></tr></table>', "<table><tr><td>x</td></tr></table>"],
    ['<base href="https://evil.example/"><meta http-equiv="refresh" content="0;url=javascript:alert(1)">', ""],
    ["<p>unclosed <strong>bold", "<p>unclosed <strong>bold</strong></p>"],
  ];

  it.each(payloads)("%s", (input, expected) => {
    expect(sanitizeArticleHtml(input)).toBe(expected);
  });

  it("never lets a payload open a tag or attribute it does not allow", () => {
    for (const [input] of payloads) {
      const out = sanitizeArticleHtml(input);
      expect(out).not.toMatch(/<(script|style|svg|math|object|embed|form|input|base|meta)\b/i);
      expect(out).not.toMatch(/\son\w+=/i);
      expect(out).not.toMatch(/javascript:|data:/i);
    }
  });
});

describe("URL rules", () => {
  it("accepts site paths, anchors, http(s) and mailto links only", () => {
    expect(safeLinkUrl("/tin-tuc/a-1")).toBe("/tin-tuc/a-1");
    expect(safeLinkUrl("#muc-2")).toBe("#muc-2");
    expect(safeLinkUrl("/\\evil.example")).toBeNull();
    expect(safeLinkUrl("vbscript:x")).toBeNull();
  });

  it("accepts uploaded, site and https images only", () => {
    expect(safeImageUrl("/api/uploads/a1.webp")).toBe("/api/uploads/a1.webp");
    expect(safeImageUrl("/api/uploads/../secret")).toBeNull();
    expect(safeImageUrl("/images/demo/cau-moi.svg")).toBe("/images/demo/cau-moi.svg");
    expect(safeImageUrl("https://anh.sonha.gov.vn/a.jpg")).toBe("https://anh.sonha.gov.vn/a.jpg");
    expect(safeImageUrl('https://a.example/x" onerror="y')).toBeNull();
  });

  it("accepts YouTube embeds only, with an optional start time", () => {
    expect(youtubeEmbedUrl("https://www.youtube-nocookie.com/embed/abcdef12?start=30")).toBe(
      "https://www.youtube-nocookie.com/embed/abcdef12?start=30",
    );
    expect(youtubeEmbedUrl("https://www.youtube.com/watch?v=abcdef12")).toBeNull();
    expect(youtubeEmbedUrl("https://youtube.com.evil.example/embed/abcdef12")).toBeNull();
  });
});
