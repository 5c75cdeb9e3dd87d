import { documentFileUrl } from "@/lib/documents/document-url";
import { fileTypeLabel, formatFileSize } from "@/lib/documents/file-types";

type File = { id: number; fileName: string; mimeType: string; size: number };

/**
 * Attached files with size and type, and the first PDF shown inline for reading in the page.
 * When downloading needs an account the visitor lacks, the links lead to the sign-in page
 * (the file route refuses such downloads by itself anyway).
 */
export function DocumentFiles({
  documentId,
  files,
  signInHref,
}: {
  documentId: number;
  files: File[];
  signInHref?: string;
}) {
  if (files.length === 0) return null;
  const signInRequired = signInHref !== undefined;
  const preview = signInRequired ? undefined : files.find((file) => file.mimeType === "application/pdf");
  return (
    <section aria-labelledby="tep-dinh-kem" className="mt-6">
      <h2 id="tep-dinh-kem" className="border-b border-gray-200 pb-1 text-lg font-bold text-brand-700">
        Tệp đính kèm
      </h2>
      {signInRequired ? (
        <p className="mt-2 rounded bg-amber-50 p-2 text-sm" data-testid="sign-in-required">
          Hãy đăng nhập thành viên để tải tệp đính kèm của văn bản này.
        </p>
      ) : null}
      <ul className="mt-2 space-y-1" data-testid="document-files">
        {files.map((file) => (
          <li key={file.id} className="flex flex-wrap items-baseline gap-x-2">
            <a
              href={signInHref ?? documentFileUrl(documentId, file.id)}
              className="text-brand-700 underline hover:no-underline"
              download={signInRequired ? undefined : file.fileName}
            >
              {file.fileName}
            </a>
            <span className="text-xs text-muted">
              ({fileTypeLabel(file.mimeType)}, {formatFileSize(file.size)})
            </span>
          </li>
        ))}
      </ul>
      {preview ? (
        <figure className="mt-4">
          <iframe
            src={documentFileUrl(documentId, preview.id, { inline: true })}
            title={`Xem trước: ${preview.fileName}`}
            className="h-[70vh] min-h-96 w-full rounded border border-gray-300"
            data-testid="pdf-preview"
          />
          <figcaption className="mt-1 text-xs text-muted">
            Xem trước tệp {preview.fileName}. Nếu trình duyệt không hiển thị, hãy tải tệp về máy.
          </figcaption>
        </figure>
      ) : null}
    </section>
  );
}
