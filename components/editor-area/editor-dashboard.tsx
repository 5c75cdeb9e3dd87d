import Link from "next/link";
import type { CurrentUser } from "@/lib/auth/current-user";
import { ROLE_LABELS } from "@/lib/auth/roles";
import { dashboardCounts } from "@/lib/editor-area/dashboard-counts";
import { formatCount } from "@/lib/format/number";

export async function EditorDashboard({ user }: { user: CurrentUser }) {
  const counts = await dashboardCounts(user);
  return (
    <main className="rounded border border-gray-200 bg-white p-6">
      <h1 className="text-2xl font-bold text-brand-700">Khu vực biên tập</h1>
      <p className="mt-3">
        Xin chào <strong>{user.name}</strong> ({ROLE_LABELS[user.role]}).
      </p>
      <h2 className="mt-6 text-lg font-bold">Việc cần làm</h2>
      <ul className="mt-3 grid gap-3 sm:grid-cols-2">
        {counts.map((item) => (
          <li key={item.label}>
            <Link href={item.href} prefetch={false} className="block rounded border border-gray-200 p-4 hover:border-brand-600">
              <span className="block text-3xl font-bold text-brand-700">{formatCount(item.count)}</span>
              <span className="text-sm">{item.label}</span>
            </Link>
          </li>
        ))}
      </ul>
    </main>
  );
}
