import Link from "next/link";
import { SidebarBlock } from "@/components/ui/sidebar-block";
import { documentPath } from "@/lib/documents/document-url";
import { listLatestDocuments } from "@/lib/documents/queries";
import { DocumentCounters } from "./document-counters";

const BLOCK_SIZE = 5;

/** "Tư liệu - Văn kiện": the newest documents with their number and counters (NukeViet's global.laws block, without the marquee). */
export async function LatestDocumentsBlock() {
  const documents = await listLatestDocuments(BLOCK_SIZE);
  return (
    <SidebarBlock id="khoi-tu-lieu-van-kien" title="Tư liệu - Văn kiện">
      <ul className="divide-y divide-gray-100 text-sm">
        {documents.map((document) => (
          <li key={document.id} className="py-2 first:pt-0">
            <Link href={documentPath(document)} className="hover:text-brand-700 hover:underline">
              <span className="block font-semibold text-brand-700">Số {document.number}</span>
              {document.title}
            </Link>
            <div>
              <DocumentCounters viewCount={document.viewCount} downloadCount={document.downloadCount} />
            </div>
          </li>
        ))}
      </ul>
      <p className="mt-2 text-right text-sm">
        <Link href="/van-ban" className="text-brand-700 hover:underline">
          Xem tất cả văn bản ›
        </Link>
      </p>
    </SidebarBlock>
  );
}
