import { describe, expect, it } from "vitest";
import { contentMatchesExtension, sniffDocumentType } from "./sniff-document-type";

/** A ZIP local file header for one stored entry, as archivers write it. */
function zipEntry(name: string, data = ""): Buffer {
  const header = Buffer.alloc(30);
  header.writeUInt32LE(0x04034b50, 0);
  header.writeUInt16LE(Buffer.byteLength(name), 26);
  header.writeUInt16LE(0, 28);
  return Buffer.concat([header, Buffer.from(name, "latin1"), Buffer.from(data, "latin1")]);
}

describe("sniffDocumentType", () => {
  it("recognises each accepted format by its content", () => {
    expect(sniffDocumentType(Buffer.from("%PDF-1.7\n…"))).toBe("pdf");
    expect(sniffDocumentType(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]))).toBe("doc");
    expect(sniffDocumentType(zipEntry("mimetype", "application/vnd.oasis.opendocument.text"))).toBe("odt");
    expect(sniffDocumentType(zipEntry("mimetype", "application/vnd.oasis.opendocument.spreadsheet"))).toBe("ods");
    expect(sniffDocumentType(Buffer.concat([zipEntry("[Content_Types].xml", "<Types/>"), zipEntry("word/document.xml")]))).toBe("docx");
    expect(sniffDocumentType(Buffer.concat([zipEntry("[Content_Types].xml", "<Types/>"), zipEntry("xl/workbook.xml")]))).toBe("xlsx");
    expect(sniffDocumentType(zipEntry("bao-cao/phu-luc.txt", "..."))).toBe("zip");
  });

  it("refuses anything else", () => {
    for (const content of ["<html><script>alert(1)</script>", "MZ\x90\x00\x03", "#!/bin/sh\nrm -rf /", "PK\x03\x04", ""]) {
      expect(sniffDocumentType(Buffer.from(content, "latin1")), JSON.stringify(content)).toBeNull();
    }
  });
});

describe("contentMatchesExtension", () => {
  it("requires the content to agree with the extension", () => {
    expect(contentMatchesExtension("pdf", "pdf")).toBe(true);
    expect(contentMatchesExtension("doc", "xls")).toBe(true);
    expect(contentMatchesExtension("docx", "zip")).toBe(true);
    expect(contentMatchesExtension(null, "pdf")).toBe(false);
    expect(contentMatchesExtension("zip", "pdf")).toBe(false);
    expect(contentMatchesExtension("pdf", "docx")).toBe(false);
    expect(contentMatchesExtension("zip", "docx")).toBe(false);
    expect(contentMatchesExtension("pdf", "zip")).toBe(false);
  });
});
