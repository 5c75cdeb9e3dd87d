import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ActionForm, SubmitButton } from "@/components/editor-area/action-form";
import { DocumentEditorNav } from "@/components/documents/editor/editor-nav";
import { DocumentForm } from "@/components/documents/editor/document-form";
import { FileUploadForm } from "@/components/documents/editor/file-upload-form";
import { StatusButtons } from "@/components/documents/editor/status-buttons";
import { documentFileUrl, documentPath } from "@/lib/documents/document-url";
import { requireDocumentEditor } from "@/lib/documents/editor-access";
import { removeDocumentFileAction } from "@/app/quan-tri/van-ban/actions";
import { getDocumentForEditor, listDocumentFormChoices } from "@/lib/documents/editor-queries";
import { fileTypeLabel, formatFileSize } from "@/lib/documents/file-types";
import { documentUploadMaxBytes } from "@/lib/documents/store-document-file";

export const metadata: Metadata = { title: "Sửa văn bản", robots: { index: false } };

type Props = {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export default async function EditDocumentPage({ params, searchParams }: Props) {
  const segment = (await params).id;
  await requireDocumentEditor(`/quan-tri/van-ban/${segment}`);
  const id = /^[1-9]\d{0,8}$/.test(segment) ? Number(segment) : null;
  const document = id ? await getDocumentForEditor(id) : null;
  if (!document) notFound();
  const choices = await listDocumentFormChoices();
  const saved = (await searchParams)["da-luu"] === "1";

  return (
    <main className="rounded border border-gray-200 bg-white p-4 sm:p-6">
      <DocumentEditorNav />
      <h1 className="text-2xl font-bold text-brand-700">Sửa văn bản số {document.number}</h1>
      {saved ? (
        <p role="status" className="mt-2 rounded bg-green-50 p-2 text-sm text-green-800">
          Đã lưu văn bản.
        </p>
      ) : null}
      <div className="mt-3 flex flex-wrap items-center gap-4">
        <StatusButtons documentId={document.id} status={document.status} />
        {document.status !== "draft" ? (
          <Link href={documentPath(document)} className="text-sm text-brand-700 hover:underline">
            Xem trên cổng ›
          </Link>
        ) : null}
      </div>

      <section aria-labelledby="tep-van-ban" className="mt-6 rounded border border-gray-200 p-3">
        <h2 id="tep-van-ban" className="font-bold">
          Tệp đính kèm
        </h2>
        {document.files.length === 0 ? <p className="mt-2 text-sm text-muted">Chưa có tệp nào.</p> : null}
        <ul className="mt-2 space-y-1 text-sm">
          {document.files.map((file) => (
            <li key={file.id} className="flex flex-wrap items-center gap-2">
              <a href={documentFileUrl(document.id, file.id)} className="text-brand-700 underline">
                {file.fileName}
              </a>
              <span className="text-xs text-muted">
                ({fileTypeLabel(file.mimeType)}, {formatFileSize(file.size)})
              </span>
              <ActionForm action={removeDocumentFileAction} label={`Xóa tệp ${file.fileName}`}>
                <input type="hidden" name="documentId" value={document.id} />
                <input type="hidden" name="fileId" value={file.id} />
                <SubmitButton variant="plain">Xóa</SubmitButton>
              </ActionForm>
            </li>
          ))}
        </ul>
        <FileUploadForm documentId={document.id} maxMegabytes={documentUploadMaxBytes() / 1024 / 1024} />
      </section>

      <DocumentForm document={document} choices={choices} />
    </main>
  );
}

