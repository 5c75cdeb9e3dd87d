import Link from "next/link";

const LINKS = [
  { href: "/quan-tri/van-ban", label: "Danh sách văn bản" },
  { href: "/quan-tri/van-ban/moi", label: "Thêm văn bản" },
  { href: "/quan-tri/van-ban/danh-muc", label: "Danh mục (loại, lĩnh vực, cơ quan, người ký)" },
];

/** The document library's own menu inside the editor area. */
export function DocumentEditorNav() {
  return (
    <nav aria-label="Quản lý văn bản" className="mb-4 flex flex-wrap gap-3 border-b border-gray-200 pb-2 text-sm">
      <Link href="/quan-tri" className="text-brand-700 hover:underline">
        ‹ Khu vực biên tập
      </Link>
      {LINKS.map((link) => (
        <Link key={link.href} href={link.href} className="text-brand-700 hover:underline">
          {link.label}
        </Link>
      ))}
    </nav>
  );
}
