import { auditActionLabel } from "@/lib/audit/audit-labels";
import type { listAuditEntries } from "@/lib/audit/audit-queries";
import { formatDateTime } from "@/lib/format/vietnam-time";
import { ScrollableTable } from "@/components/ui/scrollable-table";

type Entry = Awaited<ReturnType<typeof listAuditEntries>>["entries"][number];

/** Audit entries: when, who, what, on which item, from which address, with their details. */
export function AuditLogTable({ entries }: { entries: Entry[] }) {
  if (entries.length === 0) return <p>Không có mục nào.</p>;
  return (
    <ScrollableTable label="Nhật ký thao tác">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">Nhật ký thao tác</caption>
        <thead className="border-b-2 border-gray-300">
          <tr>
            <th scope="col" className="py-2 pr-3">Thời gian</th>
            <th scope="col" className="py-2 pr-3">Người thực hiện</th>
            <th scope="col" className="py-2 pr-3">Thao tác</th>
            <th scope="col" className="py-2 pr-3">Đối tượng</th>
            <th scope="col" className="py-2 pr-3">Địa chỉ IP</th>
            <th scope="col" className="py-2">Chi tiết</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) => (
            <tr key={entry.id} className="border-b border-gray-200 align-top">
              <td className="whitespace-nowrap py-2 pr-3">{formatDateTime(entry.createdAt)}</td>
              <td className="py-2 pr-3">{entry.user ? `${entry.user.name} (${entry.user.email})` : "Không xác định"}</td>
              <td className="py-2 pr-3">{auditActionLabel(entry.action)}</td>
              <td className="py-2 pr-3">{entry.targetType ? `${entry.targetType} #${entry.targetId ?? ""}` : ""}</td>
              <td className="py-2 pr-3">{entry.ip ?? ""}</td>
              <td className="break-all py-2 font-mono text-xs">{entry.detail ?? ""}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollableTable>
  );
}
