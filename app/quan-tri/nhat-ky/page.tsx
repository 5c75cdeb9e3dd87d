import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AccessDenied } from "@/components/editor-area/access-denied";
import { AuditLogTable } from "@/components/editor-area/audit-log-table";
import { Pagination } from "@/components/ui/pagination";
import { AUDIT_AREAS } from "@/lib/audit/audit-labels";
import { AUDIT_PAGE_SIZE, listAuditEntries } from "@/lib/audit/audit-queries";
import { requirePageUser } from "@/lib/auth/page-guard";
import { can } from "@/lib/auth/roles";
import { formatCount } from "@/lib/format/number";
import { pageCount, parsePageParam } from "@/lib/pagination/page-param";
import { listUsers } from "@/lib/users/user-queries";

export const metadata: Metadata = { title: "Nhật ký hệ thống", robots: { index: false } };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function AuditLogPage({ searchParams }: Props) {
  const user = await requirePageUser("/quan-tri/nhat-ky");
  if (!can(user.role, "audit.read")) return <AccessDenied />;
  const params = await searchParams;
  const page = parsePageParam(params.trang);
  if (page === null) notFound();
  const area = typeof params["khu-vuc"] === "string" && params["khu-vuc"] in AUDIT_AREAS ? params["khu-vuc"] : null;
  const userId = typeof params["nguoi-dung"] === "string" && /^\d{1,9}$/.test(params["nguoi-dung"]) ? Number(params["nguoi-dung"]) : null;
  const [{ total, entries }, users] = await Promise.all([listAuditEntries(user, { area, userId, page }), listUsers(user)]);
  const hrefForPage = (target: number) => {
    const query = new URLSearchParams();
    if (area) query.set("khu-vuc", area);
    if (userId) query.set("nguoi-dung", String(userId));
    if (target > 1) query.set("trang", String(target));
    const text = query.toString();
    return text ? `/quan-tri/nhat-ky?${text}` : "/quan-tri/nhat-ky";
  };
  const selectClass = "mt-1 block rounded border border-gray-400 px-3 py-2";
  return (
    <main className="space-y-4 rounded border border-gray-200 bg-white p-6">
      <h1 className="text-2xl font-bold text-brand-700">Nhật ký hệ thống</h1>
      <form method="get" className="flex flex-wrap items-end gap-3" aria-label="Lọc nhật ký">
        <div>
          <label htmlFor="khu-vuc" className="block text-sm font-semibold">
            Khu vực
          </label>
          <select id="khu-vuc" name="khu-vuc" defaultValue={area ?? ""} className={selectClass}>
            <option value="">Tất cả</option>
            {Object.entries(AUDIT_AREAS).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="nguoi-dung" className="block text-sm font-semibold">
            Người thực hiện
          </label>
          <select id="nguoi-dung" name="nguoi-dung" defaultValue={userId ? String(userId) : ""} className={selectClass}>
            <option value="">Tất cả</option>
            {users.map((row) => (
              <option key={row.id} value={row.id}>
                {row.name} ({row.email})
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="rounded bg-brand-600 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-700">
          Lọc
        </button>
      </form>
      <p className="text-sm text-muted">{formatCount(total)} mục, mới nhất trước.</p>
      <AuditLogTable entries={entries} />
      <Pagination page={page} pageCount={pageCount(total, AUDIT_PAGE_SIZE)} hrefForPage={hrefForPage} />
    </main>
  );
}
