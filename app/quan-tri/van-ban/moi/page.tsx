import type { Metadata } from "next";
import { DocumentEditorNav } from "@/components/documents/editor/editor-nav";
import { DocumentForm } from "@/components/documents/editor/document-form";
import { requireDocumentEditor } from "@/lib/documents/editor-access";
import { listDocumentFormChoices } from "@/lib/documents/editor-queries";

export const metadata: Metadata = { title: "Thêm văn bản", robots: { index: false } };

export default async function NewDocumentPage() {
  await requireDocumentEditor("/quan-tri/van-ban/moi");
  const choices = await listDocumentFormChoices();
  return (
    <main className="rounded border border-gray-200 bg-white p-4 sm:p-6">
      <DocumentEditorNav />
      <h1 className="text-2xl font-bold text-brand-700">Thêm văn bản</h1>
      <p className="mt-1 text-sm text-muted">Tệp đính kèm được thêm sau khi lưu văn bản.</p>
      <DocumentForm choices={choices} />
    </main>
  );
}
