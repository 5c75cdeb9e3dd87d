import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { DocumentCounters } from "@/components/documents/document-counters";
import { DocumentEditorNav } from "@/components/documents/editor/editor-nav";
import { Pagination } from "@/components/ui/pagination";
import { requireDocumentEditor } from "@/lib/documents/editor-access";
import { listDocumentsForEditor } from "@/lib/documents/editor-queries";
import { DOCUMENT_STATUS_LABELS, type DocumentStatus } from "@/lib/documents/visibility";
import { formatDate } from "@/lib/format/vietnam-time";
import { pageCount, parsePageParam } from "@/lib/pagination/page-param";

export const metadata: Metadata = { title: "Quản lý văn bản", robots: { index: false } };

const PER_PAGE = 50;

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function DocumentAdminPage({ searchParams }: Props) {
  await requireDocumentEditor("/quan-tri/van-ban");
  const page = parsePageParam((await searchParams).trang);
  if (page === null) notFound();
  const { items, total } = await listDocumentsForEditor({ page, perPage: PER_PAGE });
  return (
    <main className="rounded border border-gray-200 bg-white p-4 sm:p-6">
      <DocumentEditorNav />
      <h1 className="text-2xl font-bold text-brand-700">Quản lý văn bản</h1>
      <table className="mt-4 w-full border-collapse text-sm">
        <thead>
          <tr className="border-b-2 border-gray-200 text-left">
            <th scope="col" className="px-2 py-1">Số, ký hiệu</th>
            <th scope="col" className="px-2 py-1">Trích yếu</th>
            <th scope="col" className="px-2 py-1">Ban hành</th>
            <th scope="col" className="px-2 py-1">Trạng thái</th>
            <th scope="col" className="px-2 py-1">Tệp</th>
          </tr>
        </thead>
        <tbody>
          {items.map((document) => (
            <tr key={document.id} className="border-b border-gray-100 align-top">
              <td className="whitespace-nowrap px-2 py-1.5">
                <Link href={`/quan-tri/van-ban/${document.id}`} className="font-semibold text-brand-700 hover:underline">
                  {document.number}
                </Link>
              </td>
              <td className="px-2 py-1.5">
                {document.title}
                <div>
                  <DocumentCounters viewCount={document.viewCount} downloadCount={document.downloadCount} />
                </div>
              </td>
              <td className="whitespace-nowrap px-2 py-1.5">{formatDate(document.issuedAt)}</td>
              <td className="px-2 py-1.5">{DOCUMENT_STATUS_LABELS[document.status as DocumentStatus] ?? document.status}</td>
              <td className="px-2 py-1.5">{document._count.files}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <Pagination
        page={page}
        pageCount={pageCount(total, PER_PAGE)}
        hrefForPage={(p) => (p > 1 ? `/quan-tri/van-ban?trang=${p}` : "/quan-tri/van-ban")}
      />
    </main>
  );
}
