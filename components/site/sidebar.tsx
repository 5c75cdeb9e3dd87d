import { MostViewedBlock } from "@/components/articles/most-viewed-block";
import { LatestDocumentsBlock } from "@/components/documents/latest-documents-block";
import { SiteCounterBlock } from "@/components/stats/site-counter-block";
import { CategoryListBlock } from "./category-list-block";

/**
 * The right-hand column of every public page. Each block is a self-contained server
 * component that loads its own data; features add theirs to this list (the document
 * block "Tư liệu - Văn kiện" and the statistics block "Thống kê website" belong here).
 */
const SIDEBAR_BLOCKS = [LatestDocumentsBlock, CategoryListBlock, MostViewedBlock, SiteCounterBlock];

export function Sidebar() {
  return (
    <aside aria-label="Thông tin bên lề" className="no-print space-y-4">
      {SIDEBAR_BLOCKS.map((Block) => (
        <Block key={Block.name} />
      ))}
    </aside>
  );
}
