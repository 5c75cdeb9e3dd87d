import { PDFDocument } from "pdf-lib";
import { describe, expect, it } from "vitest";
import { renderDocumentPdf } from "./render-document-pdf";

const document = {
  number: "1182-CV/BTGTU",
  title: "Về việc hướng dẫn tuyên truyền kỷ niệm ngày thành lập Đảng bộ tỉnh",
  typeName: "Công văn",
  issuingBodyName: "Ủy ban nhân dân tỉnh Sơn Hà",
  issuedAt: new Date("2026-03-02T01:00:00Z"),
  paragraphs: Array.from({ length: 12 }, (_, i) => `Đoạn ${i + 1}: các cơ quan, đơn vị triển khai thực hiện nghiêm túc, báo cáo kết quả đúng hạn. `.repeat(4)),
  signer: { name: "Lê Thị Minh Hạnh", position: "Phó Chủ tịch" },
};

describe("renderDocumentPdf", () => {
  it("writes a valid PDF with an embedded font, the document's metadata, and new pages as text flows", async () => {
    const bytes = await renderDocumentPdf(document);
    const pdf = await PDFDocument.load(bytes, { updateMetadata: false });
    expect(pdf.getPageCount()).toBeGreaterThan(1);
    expect(pdf.getTitle()).toBe(`${document.number} - ${document.title}`);
    const text = Buffer.from(bytes).toString("latin1");
    // A TrueType font subset with a ToUnicode map: Vietnamese renders and can be copied or searched.
    expect(text).toContain("/FontFile2");
    expect(text).toContain("/ToUnicode");
    expect(text).toContain("/BaseFont /SHVBAA+DejaVuSerif");
    expect(bytes.length).toBeLessThan(80_000);
  });

  it("gives the same bytes for the same document", async () => {
    const [a, b] = [await renderDocumentPdf(document), await renderDocumentPdf(document)];
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
  });
});
