import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { SignInForm } from "@/components/auth/sign-in-form";
import { getCurrentUser } from "@/lib/auth/current-user";
import { safeCallbackPath } from "@/lib/auth/safe-callback";
import { sessionIdleSeconds } from "@/lib/auth/session-config";

export const metadata: Metadata = { title: "Đăng nhập", robots: { index: false } };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function SignInPage({ searchParams }: Props) {
  const params = await searchParams;
  const callbackUrl = safeCallbackPath(params.callbackUrl);
  if (await getCurrentUser()) redirect(callbackUrl);
  const timedOut = params["het-phien"] === "1";
  return (
    <main className="mx-auto max-w-md rounded border border-gray-200 bg-white p-6">
      <h1 className="mb-2 text-2xl font-bold text-brand-700">Đăng nhập</h1>
      <p className="mb-4 text-sm text-muted">Dành cho cán bộ biên tập, duyệt và quản trị cổng thông tin.</p>
      {timedOut ? (
        <div role="status" className="mb-4 rounded border-l-4 border-amber-500 bg-amber-50 p-3 text-sm">
          <p className="font-semibold">Phiên làm việc đã hết hạn.</p>
          <p className="mt-1">
            Bạn đã không sử dụng Site trong {Math.round(sessionIdleSeconds() / 60)} phút nên đã được đăng xuất để bảo
            vệ tài khoản. Đăng nhập lại để quay về trang đang làm; nội dung đang soạn chưa lưu được giữ tạm trên máy
            này và sẽ được đề nghị khôi phục.
          </p>
        </div>
      ) : null}
      <SignInForm callbackUrl={callbackUrl} />
    </main>
  );
}
