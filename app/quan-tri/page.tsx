import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { SignOutButton } from "@/components/auth/sign-out-button";
import { getCurrentUser } from "@/lib/auth/current-user";
import { ROLE_LABELS, can } from "@/lib/auth/roles";

export const metadata: Metadata = { title: "Khu vực biên tập", robots: { index: false } };

export default async function EditorHomePage() {
  const user = await getCurrentUser();
  if (!user || !can(user.role, "editor-area.enter")) redirect("/dang-nhap?callbackUrl=/quan-tri");
  return (
    <main className="rounded border border-gray-200 bg-white p-6">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold text-brand-700">Khu vực biên tập</h1>
        <SignOutButton />
      </div>
      <p className="mt-3">
        Xin chào <strong>{user.name}</strong> ({ROLE_LABELS[user.role]}, {user.email}).
      </p>
    </main>
  );
}
