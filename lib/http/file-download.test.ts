import { describe, expect, it } from "vitest";
import { contentDisposition, parseRangeHeader } from "./file-download";

describe("parseRangeHeader", () => {
  it("reads the three single-range forms", () => {
    expect(parseRangeHeader("bytes=0-99", 1000)).toEqual({ start: 0, end: 99 });
    expect(parseRangeHeader("bytes=900-", 1000)).toEqual({ start: 900, end: 999 });
    expect(parseRangeHeader("bytes=-100", 1000)).toEqual({ start: 900, end: 999 });
  });

  it("clamps an end past the file and a suffix longer than it", () => {
    expect(parseRangeHeader("bytes=990-5000", 1000)).toEqual({ start: 990, end: 999 });
    expect(parseRangeHeader("bytes=-5000", 1000)).toEqual({ start: 0, end: 999 });
  });

  it("answers unsatisfiable for a range beyond the file", () => {
    expect(parseRangeHeader("bytes=1000-", 1000)).toBe("unsatisfiable");
    expect(parseRangeHeader("bytes=-0", 1000)).toBe("unsatisfiable");
    expect(parseRangeHeader("bytes=0-", 0)).toBe("unsatisfiable");
  });

  it("ignores what it does not serve: no header, other units, several ranges, nonsense", () => {
    for (const header of [null, "", "items=0-1", "bytes=0-1,5-6", "bytes=5-2", "bytes=-", "bytes=a-b"]) {
      expect(parseRangeHeader(header, 1000), String(header)).toBeNull();
    }
  });
});

describe("contentDisposition", () => {
  it("keeps the Vietnamese name (RFC 5987) with an ASCII fallback", () => {
    expect(contentDisposition("Công văn số 12-UBND.pdf", "attachment")).toBe(
      `attachment; filename="Cong van so 12-UBND.pdf"; filename*=UTF-8''C%C3%B4ng%20v%C4%83n%20s%E1%BB%91%2012-UBND.pdf`,
    );
    expect(contentDisposition("Đề án (bản cuối).pdf", "inline")).toMatch(/^inline; filename="De an \(ban cuoi\)\.pdf"; filename\*=UTF-8''%C4%90%E1%BB%81%20%C3%A1n%20%28/);
  });

  it("cannot be broken out of by quotes, separators or line breaks in a name", () => {
    const header = contentDisposition('a"b\r\nSet-Cookie: x=1;/..\\c.pdf', "attachment");
    expect(header).not.toMatch(/[\r\n]/);
    expect(header.split("filename=")[1]).toMatch(/^"[^"]*";/);
  });
});
