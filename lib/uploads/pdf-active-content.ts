import { PDFArray, PDFDict, PDFDocument, PDFName, PDFObject, PDFRawStream, PDFStream } from "pdf-lib";

/** Why a PDF is refused, or null when it is a plain document. */
export type PdfRefusal = "active-content" | "unreadable" | "encrypted" | "trailing-markup";

// Entries that hold scripts (document-level JavaScript, a field's script) and the action types
// that run something: a script, another program, a data import, embedded rich media.
const SCRIPT_KEYS = new Set(["JS", "JavaScript"]);
const RUNNING_ACTIONS = new Set(["JavaScript", "Launch", "ImportData", "RichMediaExecute"]);
// After the last end-of-file marker a PDF has nothing; markup there makes a polyglot.
const TRAILING_MARKUP = /<\s*(?:html|script|svg|iframe|body|object|embed)\b/i;

/**
 * Reads a PDF with pdf-lib (object streams included, so nothing hides in compressed objects)
 * and looks through every object for scripts and for actions that run something, wherever
 * they hang: the opening action, a page's or a field's additional actions, a link, the
 * document's JavaScript names. A destination as the opening action (Word's "open at page 1")
 * is not an action and passes. An encrypted file whose objects cannot all be read is refused:
 * what cannot be read cannot be checked.
 */
export async function pdfRefusal(bytes: Uint8Array): Promise<PdfRefusal | null> {
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("latin1");
  const end = text.lastIndexOf("%%EOF");
  if (end < 0) return "unreadable";
  if (TRAILING_MARKUP.test(text.slice(end))) return "trailing-markup";

  let document: PDFDocument;
  try {
    document = await PDFDocument.load(bytes, { ignoreEncryption: true, updateMetadata: false, throwOnInvalidObject: true });
  } catch {
    return "unreadable";
  }
  // pdf-lib reads almost anything; a document has at least one page.
  if (document.getPageCount() === 0) return "unreadable";
  const objects = document.context.enumerateIndirectObjects().map(([, object]) => object);
  if (document.isEncrypted && objects.some((object) => object instanceof PDFRawStream && isObjectStream(object.dict))) {
    return "encrypted";
  }
  const seen = new Set<PDFObject>();
  return objects.some((object) => carriesActiveContent(object, seen)) ? "active-content" : null;
}

function isObjectStream(dict: PDFDict): boolean {
  return dict.get(PDFName.of("Type")) === PDFName.of("ObjStm");
}

function carriesActiveContent(object: PDFObject, seen: Set<PDFObject>): boolean {
  if (seen.has(object)) return false;
  seen.add(object);
  if (object instanceof PDFStream) return carriesActiveContent(object.dict, seen);
  if (object instanceof PDFArray) return object.asArray().some((item) => carriesActiveContent(item, seen));
  if (!(object instanceof PDFDict)) return false;
  for (const [key, value] of object.entries()) {
    const name = key.decodeText();
    if (SCRIPT_KEYS.has(name)) return true;
    if (name === "S" && value instanceof PDFName && RUNNING_ACTIONS.has(value.decodeText())) return true;
    if (carriesActiveContent(value, seen)) return true;
  }
  return false;
}
