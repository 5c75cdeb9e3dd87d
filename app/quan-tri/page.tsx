import type { Metadata } from "next";
import { EditorDashboard } from "@/components/editor-area/editor-dashboard";
import { requirePageUser } from "@/lib/auth/page-guard";

export const metadata: Metadata = { title: "Khu vực biên tập", robots: { index: false } };

export default async function EditorHomePage() {
  const user = await requirePageUser("/quan-tri");
  return <EditorDashboard user={user} />;
}
