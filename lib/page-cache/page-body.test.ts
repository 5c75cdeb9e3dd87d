import { gunzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { acceptsGzip, gzipWithNonce, withNonce } from "./page-body";

const html = (nonce: string) =>
  `<!doctype html><html lang="vi"><script nonce="${nonce}">a()</script><p>Tin tức — Đà Nẵng ${"nội dung ".repeat(500)}</p><script nonce="${nonce}"></script>`;

function pieces(placeholder: string) {
  return html(placeholder).split(placeholder).map((piece) => Buffer.from(piece));
}

describe("page bodies with this response's nonce", () => {
  it("put the nonce where the placeholder stood", () => {
    expect(Buffer.concat(withNonce(pieces("PLACEHOLDER"), "abc")).toString()).toBe(html("abc"));
  });

  it("gzip to exactly the page with each response's own nonce, pieces deflated once", () => {
    const stored = pieces("PLACEHOLDER");
    for (const nonce of ["Zm9vYmFyYmF6cXV4MTIzNA==", "b3RoZXJub25jZXZhbHVlMQ=="]) {
      const body = Buffer.concat(gzipWithNonce(stored, nonce));
      expect(gunzipSync(body).toString()).toBe(html(nonce));
      expect(body.length).toBeLessThan(Buffer.byteLength(html(nonce)) / 4);
    }
  });

  it("handle pages that begin or end with the placeholder, or have none", () => {
    for (const page of [["", "<p>x</p>"], ["<p>x</p>", ""], ["<p>only</p>"], ["", "", ""]].map((parts) => parts.map((part) => Buffer.from(part)))) {
      const expected = page.map((part) => part.toString()).join("n0nce");
      expect(gunzipSync(Buffer.concat(gzipWithNonce(page, "n0nce"))).toString()).toBe(expected);
    }
  });
});

describe("accepting gzip", () => {
  it("follows Accept-Encoding, including a refusal with q=0", () => {
    expect(acceptsGzip("gzip, deflate, br, zstd")).toBe(true);
    expect(acceptsGzip("br;q=1.0, gzip;q=0.8")).toBe(true);
    expect(acceptsGzip("*")).toBe(true);
    expect(acceptsGzip("gzip;q=0, br")).toBe(false);
    expect(acceptsGzip("identity")).toBe(false);
    expect(acceptsGzip(null)).toBe(false);
  });
});
