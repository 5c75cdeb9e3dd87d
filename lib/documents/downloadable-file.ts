import { getDb } from "@/lib/db/client";
import { NotFoundError, UnauthenticatedError } from "@/lib/errors/domain-error";
import { storedFilePathOrNull } from "@/lib/uploads/upload-dir";
import type { Reader } from "@/lib/visitors/identify-reader";
import { countDocument } from "./count-document";
import { documentPath } from "./document-url";
import { publicDocumentWhere } from "./visibility";

export const FILE_NOT_FOUND = "Không tìm thấy tệp đính kèm.";
const SIGN_IN_REQUIRED = "Hãy đăng nhập để tải tệp đính kèm của văn bản này.";

export type DownloadableFile = {
  documentId: number;
  path: string;
  mimeType: string;
  fileName: string;
  /** Anyone may have it, or only a signed-in reader: a shared cache must keep neither, a browser only the first. */
  access: "public" | "signed-in";
};

/**
 * One attached file of a public document, if the reader may have it. The file is found by its
 * (document, file) id pair, so any other pair is not found, and its path comes only from the
 * stored name. A signed-in-only document's file is refused to a reader who is not signed in, with
 * the document's page as where to come back after signing in; `isSignedIn` is asked only then.
 */
export async function findDownloadableFile(
  documentId: number,
  fileId: number,
  { isSignedIn }: { isSignedIn: () => Promise<boolean> },
): Promise<DownloadableFile> {
  const db = await getDb();
  const document = await db.document.findFirst({
    where: { id: documentId, ...publicDocumentWhere() },
    select: { id: true, slug: true, downloadAccess: true, files: { where: { id: fileId } } },
  });
  const file = document?.files[0];
  if (!document || !file) throw new NotFoundError(FILE_NOT_FOUND);
  const access = document.downloadAccess === "signed-in" ? "signed-in" : "public";
  if (access === "signed-in" && !(await isSignedIn())) throw new UnauthenticatedError(SIGN_IN_REQUIRED, documentPath(document));
  const path = storedFilePathOrNull(file.storedName);
  if (!path) throw new NotFoundError(FILE_NOT_FOUND);
  return { documentId: document.id, path, mimeType: file.mimeType, fileName: file.fileName, access };
}

/** A download, counted once per visitor per document per window (countDocument). */
export async function countDownload(file: DownloadableFile, reader: Reader): Promise<void> {
  await countDocument({ kind: "document-download", documentId: file.documentId, visitorId: reader.visitorId });
}

