import path from "node:path";
import { describe, expect, it } from "vitest";
import { storedFilePath, uploadDir } from "./upload-dir";

describe("storedFilePath", () => {
  it("resolves generated names inside the upload directory", () => {
    expect(storedFilePath("2026-11-3f2a9c.pdf")).toBe(path.join(uploadDir(), "2026-11-3f2a9c.pdf"));
  });

  it("refuses anything that could leave it", () => {
    for (const name of ["../secret", "..", "a/b.pdf", "a\\b.pdf", "%2e%2e%2fetc", "/etc/passwd", "", ".hidden", "A.PDF"]) {
      expect(() => storedFilePath(name), name).toThrow();
    }
  });
});
