// The kinds of file a document may carry: extension, the Content-Type it is served with, and
// the label readers see. Uploads are checked against this list (lib/uploads/sniff-document-type.ts).
export const DOCUMENT_FILE_TYPES = {
  pdf: { mimeType: "application/pdf", label: "PDF" },
  doc: { mimeType: "application/msword", label: "Word (DOC)" },
  docx: { mimeType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document", label: "Word (DOCX)" },
  xls: { mimeType: "application/vnd.ms-excel", label: "Excel (XLS)" },
  xlsx: { mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", label: "Excel (XLSX)" },
  odt: { mimeType: "application/vnd.oasis.opendocument.text", label: "OpenDocument (ODT)" },
  ods: { mimeType: "application/vnd.oasis.opendocument.spreadsheet", label: "OpenDocument (ODS)" },
  zip: { mimeType: "application/zip", label: "Tệp nén ZIP" },
} as const;

export type DocumentFileExtension = keyof typeof DOCUMENT_FILE_TYPES;

export function isDocumentFileExtension(value: string): value is DocumentFileExtension {
  return Object.hasOwn(DOCUMENT_FILE_TYPES, value);
}

export function fileTypeLabel(mimeType: string): string {
  return Object.values(DOCUMENT_FILE_TYPES).find((type) => type.mimeType === mimeType)?.label ?? mimeType;
}

/** 1.5 MB, 320 KB, 900 B: sizes as readers expect them, with a Vietnamese decimal comma. */
export function formatFileSize(bytes: number): string {
  const format = (value: number) => value.toLocaleString("vi-VN", { maximumFractionDigits: 1 });
  if (bytes >= 1024 * 1024) return `${format(bytes / (1024 * 1024))} MB`;
  if (bytes >= 1024) return `${format(bytes / 1024)} KB`;
  return `${bytes} B`;
}
