import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { SignInForm } from "@/components/auth/sign-in-form";
import { getCurrentUser } from "@/lib/auth/current-user";
import { safeCallbackPath } from "@/lib/auth/safe-callback";

export const metadata: Metadata = { title: "Đăng nhập", robots: { index: false } };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function SignInPage({ searchParams }: Props) {
  const callbackUrl = safeCallbackPath((await searchParams).callbackUrl);
  if (await getCurrentUser()) redirect(callbackUrl);
  return (
    <main className="mx-auto max-w-md rounded border border-gray-200 bg-white p-6">
      <h1 className="mb-2 text-2xl font-bold text-brand-700">Đăng nhập</h1>
      <p className="mb-4 text-sm text-muted">Dành cho cán bộ biên tập, duyệt và quản trị cổng thông tin.</p>
      <SignInForm callbackUrl={callbackUrl} />
    </main>
  );
}
