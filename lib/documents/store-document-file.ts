import { randomUUID } from "node:crypto";
import { mkdir, unlink, writeFile } from "node:fs/promises";
import path from "node:path";
import { InvalidInputError, TooLargeError } from "@/lib/errors/domain-error";
import { pdfRefusal, type PdfRefusal } from "@/lib/uploads/pdf-active-content";
import { contentMatchesExtension, sniffDocumentType } from "@/lib/uploads/sniff-document-type";
import { storedFilePath, uploadDir } from "@/lib/uploads/upload-dir";
import { DOCUMENT_FILE_TYPES, isDocumentFileExtension } from "./file-types";

const DEFAULT_MAX_MB = 50;

/** DOCUMENT_UPLOAD_MAX_MB (default 50), in bytes. */
export function documentUploadMaxBytes(): number {
  const configured = Number(process.env.DOCUMENT_UPLOAD_MAX_MB);
  return (Number.isFinite(configured) && configured > 0 ? configured : DEFAULT_MAX_MB) * 1024 * 1024;
}

// Readers open PDFs in the browser: one that can run something is not published.
const PDF_REFUSALS: Record<PdfRefusal, string> = {
  "active-content": "Tệp PDF có chứa mã lệnh (JavaScript) hoặc lệnh chạy chương trình khác nên không được nhận. Hãy xuất lại tệp từ Word hoặc máy quét.",
  "trailing-markup": "Tệp PDF có nội dung lạ sau phần kết thúc tệp nên không được nhận. Hãy xuất lại tệp.",
  encrypted: "Tệp PDF đã được mã hoá nên không kiểm tra được nội dung. Hãy tải lên bản không đặt mật khẩu.",
  unreadable: "Không đọc được tệp PDF này. Hãy kiểm tra lại tệp hoặc xuất lại.",
};

export type StoredDocumentFile = { fileName: string; storedName: string; mimeType: string; size: number };

/** The name shown to readers: the client's base name, without separators or control characters. */
function cleanFileName(name: string): string {
  const base = name.split(/[/\\]/).pop() ?? "";
  return base.replace(/[\u0000-\u001f\u007f]/g, "").trim().slice(-200);
}

/**
 * Checks an uploaded file (size limit, accepted extension, content that agrees with the
 * extension) and writes it under UPLOAD_DIR with a generated name. The client's name is kept
 * only as the display name.
 */
export async function storeDocumentFile(file: File): Promise<StoredDocumentFile> {
  const maxBytes = documentUploadMaxBytes();
  if (file.size === 0) throw new InvalidInputError("Tệp tải lên rỗng.");
  if (file.size > maxBytes) throw new TooLargeError(`Tệp vượt quá dung lượng cho phép (${maxBytes / 1024 / 1024} MB).`);
  const fileName = cleanFileName(file.name);
  const extension = path.extname(fileName).slice(1).toLowerCase();
  if (!fileName || !isDocumentFileExtension(extension)) {
    throw new InvalidInputError("Chỉ nhận tệp PDF, DOC, DOCX, XLS, XLSX, ODT, ODS hoặc ZIP.");
  }
  const bytes = Buffer.from(await file.arrayBuffer());
  if (!contentMatchesExtension(sniffDocumentType(bytes), extension)) {
    throw new InvalidInputError(`Nội dung tệp không đúng định dạng .${extension}.`);
  }
  const refusal = extension === "pdf" ? await pdfRefusal(bytes) : null;
  if (refusal) throw new InvalidInputError(PDF_REFUSALS[refusal]);
  const storedName = `van-ban-${randomUUID()}.${extension}`;
  await mkdir(/*turbopackIgnore: true*/ uploadDir(), { recursive: true });
  await writeFile(/*turbopackIgnore: true*/ storedFilePath(storedName), bytes, { flag: "wx" });
  return { fileName, storedName, mimeType: DOCUMENT_FILE_TYPES[extension].mimeType, size: bytes.length };
}

/** Removes a stored file; one already gone is not an error. */
export async function removeStoredFile(storedName: string): Promise<void> {
  await unlink(/*turbopackIgnore: true*/ storedFilePath(storedName)).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== "ENOENT") throw error;
  });
}
