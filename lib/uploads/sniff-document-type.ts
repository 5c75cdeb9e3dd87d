import type { DocumentFileExtension } from "@/lib/documents/file-types";

// Recognises an uploaded office document by its first bytes, so a file's content has to
// agree with its extension: an executable or an HTML page renamed to .pdf is refused.

const PDF = Buffer.from("%PDF-");
const OLE2 = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]); // DOC, XLS (Compound File)
const ZIP = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const EMPTY_ZIP = Buffer.from([0x50, 0x4b, 0x05, 0x06]);

/**
 * The extension the content really has, among those a document may carry, or null.
 * Office Open XML and OpenDocument files are ZIP archives told apart by their entries:
 * OpenDocument stores an uncompressed "mimetype" entry first; DOCX/XLSX have word/ or xl/ parts.
 */
export function sniffDocumentType(head: Buffer): DocumentFileExtension | null {
  if (head.subarray(0, PDF.length).equals(PDF)) return "pdf";
  if (head.subarray(0, OLE2.length).equals(OLE2)) return "doc";
  if (head.subarray(0, 4).equals(EMPTY_ZIP)) return "zip";
  if (!head.subarray(0, 4).equals(ZIP) || head.length < 30) return null;
  const nameLength = head.readUInt16LE(26);
  const firstName = head.subarray(30, 30 + nameLength).toString("latin1");
  if (firstName === "mimetype") {
      const dataStart = 30 + nameLength + head.readUInt16LE(28);
    const mime = head.subarray(dataStart, dataStart + 60).toString("latin1");
    if (mime.startsWith("application/vnd.oasis.opendocument.text")) return "odt";
    if (mime.startsWith("application/vnd.oasis.opendocument.spreadsheet")) return "ods";
    return "zip";
  }
  const text = head.toString("latin1");
  if (!text.includes("[Content_Types].xml")) return "zip";
  if (text.includes("word/")) return "docx";
  if (text.includes("xl/")) return "xlsx";
  return "zip";
}

/**
 * Whether content of the sniffed kind may carry this extension: DOC and XLS share one container
 * format, and every ZIP-based format is also a valid .zip.
 */
export function contentMatchesExtension(sniffed: DocumentFileExtension | null, extension: DocumentFileExtension): boolean {
  if (sniffed === null) return false;
  if (sniffed === extension) return true;
  if (sniffed === "doc") return extension === "xls";
  return extension === "zip" && sniffed !== "pdf";
}
