import type { Metadata } from "next";
import Link from "next/link";
import { AccessDenied } from "@/components/editor-area/access-denied";
import { FormSection } from "@/components/editor-area/form-section";
import { SelectField, SubmitButton, TextField } from "@/components/editor-area/form-controls";
import { ROLE_OPTIONS } from "@/components/editor-area/role-options";
import { requirePageUser } from "@/lib/auth/page-guard";
import { ROLE_LABELS, can, isRole } from "@/lib/auth/roles";
import { formatDateTime } from "@/lib/format/vietnam-time";
import { listUsers } from "@/lib/users/user-queries";
import { createUserAction } from "./actions";
import { ScrollableTable } from "@/components/ui/scrollable-table";

export const metadata: Metadata = { title: "Người dùng", robots: { index: false } };

export default async function UsersPage() {
  const user = await requirePageUser("/quan-tri/nguoi-dung");
  if (!can(user.role, "user.manage")) return <AccessDenied />;
  const users = await listUsers(user);
  return (
    <main className="space-y-6 rounded border border-gray-200 bg-white p-6">
      <h1 className="text-2xl font-bold text-brand-700">Người dùng</h1>
      <ScrollableTable label="Tài khoản cán bộ">
        <table className="w-full text-left text-sm">
          <caption className="sr-only">Tài khoản cán bộ</caption>
          <thead className="border-b-2 border-gray-300">
            <tr>
              <th scope="col" className="py-2 pr-3">Họ tên</th>
              <th scope="col" className="py-2 pr-3">Email</th>
              <th scope="col" className="py-2 pr-3">Vai trò</th>
              <th scope="col" className="py-2 pr-3">Trạng thái</th>
              <th scope="col" className="py-2">Đăng nhập gần nhất</th>
            </tr>
          </thead>
          <tbody>
            {users.map((row) => (
              <tr key={row.id} className="border-b border-gray-200">
                <td className="py-2 pr-3">
                  <Link href={`/quan-tri/nguoi-dung/${row.id}`} className="font-semibold text-brand-700 underline">
                    {row.name}
                  </Link>
                </td>
                <td className="py-2 pr-3">{row.email}</td>
                <td className="py-2 pr-3">{isRole(row.role) ? ROLE_LABELS[row.role] : row.role}</td>
                <td className="py-2 pr-3">{row.disabled ? "Đã khóa" : "Đang hoạt động"}</td>
                <td className="py-2">{row.lastLoginAt ? formatDateTime(row.lastLoginAt) : "Chưa đăng nhập"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollableTable>
      <FormSection id="tao-tai-khoan" title="Tạo tài khoản" action={createUserAction}>
        <TextField id="new-name" label="Họ tên" name="name" required />
        <TextField id="new-email" label="Email" name="email" type="email" required autoComplete="off" />
        <SelectField id="new-role" label="Vai trò" name="role" options={ROLE_OPTIONS} defaultValue="editor" />
        <TextField
          id="new-password"
          label="Mật khẩu ban đầu"
          name="password"
          type="password"
          required
          autoComplete="new-password"
          hint="Ít nhất 10 ký tự. Hãy gửi mật khẩu cho người dùng qua kênh riêng."
        />
        <div>
          <SubmitButton>Tạo tài khoản</SubmitButton>
        </div>
      </FormSection>
    </main>
  );
}
