import { readFileSync } from "node:fs";
import path from "node:path";
import fontkit from "@pdf-lib/fontkit";
import { PDFDocument, type PDFFont, type PDFPage, rgb } from "pdf-lib";
import { vietnamDateParts } from "@/lib/format/vietnam-time";

// PDF standard fonts cannot encode Vietnamese, so the DejaVu fonts (free licence, shipped by
// the dejavu-fonts-ttf package, a direct dependency installed at the project's root) are
// embedded, subset to the glyphs each file uses. The path is built at run time from the project
// root: inside the server bundle, which seeds an empty database at boot, require.resolve gives
// a module id instead of a path.
const fontBytes = (file: string) =>
  readFileSync(/*turbopackIgnore: true*/ path.join(process.cwd(), "node_modules", "dejavu-fonts-ttf", "ttf", file));

export type PrintableDocument = {
  number: string;
  title: string;
  typeName: string;
  issuingBodyName: string;
  issuedAt: Date;
  /** Body paragraphs. */
  paragraphs: string[];
  signer?: { name: string; position: string } | null;
};

const PAGE = { width: 595.28, height: 841.89 }; // A4 in points
const MARGIN = { left: 70, right: 56, top: 60, bottom: 60 };
const TEXT_WIDTH = PAGE.width - MARGIN.left - MARGIN.right;
const INK = rgb(0, 0, 0);

/**
 * A Vietnamese administrative document laid out the usual way (issuing body and number on the
 * left, the national motto on the right, type and title centred, body, signature). The same
 * input always gives the same bytes: fixed dates and font names, no random ids.
 */
export async function renderDocumentPdf(document: PrintableDocument): Promise<Uint8Array> {
  const pdf = await PDFDocument.create({ updateMetadata: false });
  pdf.registerFontkit(fontkit);
  const regular = await pdf.embedFont(fontBytes("DejaVuSerif.ttf"), { subset: true, customName: "SHVBAA+DejaVuSerif" });
  const bold = await pdf.embedFont(fontBytes("DejaVuSerif-Bold.ttf"), { subset: true, customName: "SHVBAB+DejaVuSerif-Bold" });
  pdf.setTitle(`${document.number} - ${document.title}`, { showInWindowTitleBar: true });
  pdf.setSubject(document.title);
  pdf.setAuthor(document.issuingBodyName);
  pdf.setLanguage("vi-VN");
  pdf.setCreator("Cổng thông tin điện tử tỉnh Sơn Hà");
  pdf.setProducer("Cổng thông tin điện tử tỉnh Sơn Hà");
  pdf.setCreationDate(document.issuedAt);
  pdf.setModificationDate(document.issuedAt);

  const writer = new PageWriter(pdf);
  const day = vietnamDateParts(document.issuedAt);
  const leftWidth = TEXT_WIDTH * 0.42;
  const rightWidth = TEXT_WIDTH * 0.56;
  const leftCentre = MARGIN.left + leftWidth / 2;
  const rightCentre = MARGIN.left + TEXT_WIDTH - rightWidth / 2;
  const top = writer.y;
  writer.centredAt(leftCentre, document.issuingBodyName.toUpperCase(), bold, 10, leftWidth);
  writer.centredAt(leftCentre, `Số: ${document.number}`, regular, 11, leftWidth);
  const leftBottom = writer.y;
  writer.y = top;
  writer.centredAt(rightCentre, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", bold, 10, rightWidth);
  writer.centredAt(rightCentre, "Độc lập - Tự do - Hạnh phúc", bold, 11, rightWidth);
  writer.centredAt(rightCentre, `Sơn Hà, ngày ${day.day} tháng ${day.month} năm ${day.year}`, regular, 11, rightWidth);
  writer.y = Math.min(writer.y, leftBottom) - 24;

  writer.centredAt(PAGE.width / 2 + (MARGIN.left - MARGIN.right) / 2, document.typeName.toUpperCase(), bold, 14, TEXT_WIDTH);
  writer.centredAt(PAGE.width / 2 + (MARGIN.left - MARGIN.right) / 2, document.title, bold, 12, TEXT_WIDTH - 40);
  writer.y -= 16;
  for (const paragraph of document.paragraphs) writer.paragraph(paragraph, regular, 12);

  if (document.signer) {
    writer.y -= 20;
    writer.keepTogether(4 * 18);
    writer.centredAt(rightCentre, document.signer.position.toUpperCase(), bold, 11.5, rightWidth);
    writer.y -= 48;
    writer.centredAt(rightCentre, document.signer.name, bold, 12, rightWidth);
  }
  return pdf.save({ useObjectStreams: false });
}

/** Writes lines top to bottom, starting a new page when the current one is full. */
class PageWriter {
  private page: PDFPage;
  y = 0;

  constructor(private readonly pdf: PDFDocument) {
    this.page = this.newPage();
  }

  private newPage(): PDFPage {
    const page = this.pdf.addPage([PAGE.width, PAGE.height]);
    this.y = PAGE.height - MARGIN.top;
    return page;
  }

  keepTogether(height: number) {
    if (this.y - height < MARGIN.bottom) this.page = this.newPage();
  }

  private line(text: string, x: number, font: PDFFont, size: number) {
    const leading = size * 1.45;
    this.keepTogether(leading);
    this.y -= leading;
    this.page.drawText(text, { x, y: this.y, font, size, color: INK });
  }

  centredAt(centreX: number, text: string, font: PDFFont, size: number, maxWidth: number) {
    for (const line of wrap(text, font, size, maxWidth)) {
      this.line(line, centreX - font.widthOfTextAtSize(line, size) / 2, font, size);
    }
  }

  paragraph(text: string, font: PDFFont, size: number) {
    const indent = 28;
    wrap(text, font, size, TEXT_WIDTH, indent).forEach((line, index) => {
      this.line(line, MARGIN.left + (index === 0 ? indent : 0), font, size);
    });
    this.y -= size * 0.5;
  }
}

/** Greedy word wrap; the first line may be indented. */
function wrap(text: string, font: PDFFont, size: number, width: number, firstIndent = 0): string[] {
  const lines: string[] = [];
  let current = "";
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = current ? `${current} ${word}` : word;
    const available = lines.length === 0 ? width - firstIndent : width;
    if (current && font.widthOfTextAtSize(candidate, size) > available) {
      lines.push(current);
      current = word;
    } else {
      current = candidate;
    }
  }
  if (current) lines.push(current);
  return lines;
}
