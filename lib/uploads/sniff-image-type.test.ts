import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { sniffImageType, storedImageMimeType } from "./sniff-image-type";

const pixel = sharp({ create: { width: 2, height: 2, channels: 3, background: "#336699" } });

describe("sniffImageType", () => {
  it("recognises real JPEG, PNG, WebP and GIF files by their content", async () => {
    for (const format of ["jpeg", "png", "webp", "gif"] as const) {
      const bytes = await pixel.clone().toFormat(format).toBuffer();
      expect(sniffImageType(bytes)?.mimeType).toBe(`image/${format}`);
    }
  });

  it("refuses anything else, whatever it claims to be", () => {
    for (const text of ["<svg xmlns='http://www.w3.org/2000/svg'/>", "<?php echo 1; ?>", "%PDF-1.7", "RIFF....WAVE", ""]) {
      expect(sniffImageType(Buffer.from(text))).toBeNull();
    }
  });
});

describe("storedImageMimeType", () => {
  it("maps the server's own extensions and nothing else", () => {
    expect(storedImageMimeType("a1b2.webp")).toBe("image/webp");
    expect(storedImageMimeType("a1b2-480.jpg")).toBe("image/jpeg");
    expect(storedImageMimeType("a1b2.html")).toBeNull();
  });
});
