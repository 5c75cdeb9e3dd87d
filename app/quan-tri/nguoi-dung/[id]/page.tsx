import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AccessDenied } from "@/components/editor-area/access-denied";
import { FormSection } from "@/components/editor-area/form-section";
import { SelectField, SubmitButton, TextField } from "@/components/editor-area/form-controls";
import { ROLE_OPTIONS } from "@/components/editor-area/role-options";
import { requirePageUser } from "@/lib/auth/page-guard";
import { ROLE_LABELS, can, isRole } from "@/lib/auth/roles";
import { NotFoundError } from "@/lib/errors/domain-error";
import { formatDateTime } from "@/lib/format/vietnam-time";
import { parseRouteId } from "@/lib/http/route-id";
import { getUserForAdmin } from "@/lib/users/user-queries";
import { changeRoleAction, resetPasswordAction, setDisabledAction } from "../actions";

export const metadata: Metadata = { title: "Tài khoản", robots: { index: false } };

type Props = { params: Promise<{ id: string }> };

export default async function UserPage({ params }: Props) {
  const { id: rawId } = await params;
  const actor = await requirePageUser(`/quan-tri/nguoi-dung/${encodeURIComponent(rawId)}`);
  if (!can(actor.role, "user.manage")) return <AccessDenied />;
  const id = parseIdOrNotFound(rawId);
  const user = await getUserForAdmin(actor, id);
  if (!user) notFound();
  const isSelf = user.id === actor.id;
  return (
    <main className="space-y-6 rounded border border-gray-200 bg-white p-6">
      <p className="text-sm">
        <Link href="/quan-tri/nguoi-dung" className="text-brand-700 underline">
          ‹ Danh sách người dùng
        </Link>
      </p>
      <div>
        <h1 className="text-2xl font-bold text-brand-700">{user.name}</h1>
        <dl className="mt-3 grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1 text-sm">
          <dt className="font-semibold">Email</dt>
          <dd>{user.email}</dd>
          <dt className="font-semibold">Vai trò</dt>
          <dd>{isRole(user.role) ? ROLE_LABELS[user.role] : user.role}</dd>
          <dt className="font-semibold">Trạng thái</dt>
          <dd>{user.disabled ? "Đã khóa" : "Đang hoạt động"}</dd>
          <dt className="font-semibold">Đăng nhập gần nhất</dt>
          <dd>{user.lastLoginAt ? formatDateTime(user.lastLoginAt) : "Chưa đăng nhập"}</dd>
          <dt className="font-semibold">Ngày tạo</dt>
          <dd>{formatDateTime(user.createdAt)}</dd>
        </dl>
      </div>

      {isSelf ? (
        <p className="rounded bg-gray-100 p-3 text-sm">
          Đây là tài khoản của bạn: bạn không thể tự khóa hay tự đổi vai trò, để cổng luôn còn người quản trị.
        </p>
      ) : (
        <>
          <FormSection id="doi-vai-tro" title="Đổi vai trò" action={changeRoleAction}>
            <input type="hidden" name="userId" value={user.id} />
            <SelectField id="role" label="Vai trò" name="role" options={ROLE_OPTIONS} defaultValue={user.role} />
            <div>
              <SubmitButton>Lưu vai trò</SubmitButton>
            </div>
          </FormSection>
          <FormSection
            id="khoa-tai-khoan"
            title={user.disabled ? "Mở khóa tài khoản" : "Khóa tài khoản"}
            action={setDisabledAction}
          >
            <input type="hidden" name="userId" value={user.id} />
            <input type="hidden" name="disabled" value={user.disabled ? "false" : "true"} />
            {user.disabled ? null : (
              <p className="text-sm">Người dùng bị đăng xuất ngay và không đăng nhập được cho đến khi được mở khóa.</p>
            )}
            <div>
              <SubmitButton tone="secondary">{user.disabled ? "Mở khóa" : "Khóa tài khoản"}</SubmitButton>
            </div>
          </FormSection>
        </>
      )}

      <FormSection id="dat-lai-mat-khau" title="Đặt lại mật khẩu" action={resetPasswordAction}>
        <input type="hidden" name="userId" value={user.id} />
        <TextField
          id="reset-password"
          label="Mật khẩu mới"
          name="password"
          type="password"
          required
          autoComplete="new-password"
          hint="Ít nhất 10 ký tự. Mọi phiên đăng nhập của tài khoản này sẽ kết thúc."
        />
        <div>
          <SubmitButton tone="secondary">Đặt mật khẩu mới</SubmitButton>
        </div>
      </FormSection>
    </main>
  );
}

function parseIdOrNotFound(raw: string): number {
  try {
    return parseRouteId(raw);
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
}
