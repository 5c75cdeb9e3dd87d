import { redirect } from "next/navigation";
import { type CurrentUser, getCurrentUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/roles";

/**
 * For the editor pages of the document library: the signed-in user allowed to manage
 * documents. Anonymous visitors are sent to sign in and back; a signed-in user without the
 * permission gets the sign-in page's own answer for a wrong account.
 */
export async function requireDocumentEditor(callbackPath: string): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) redirect(`/dang-nhap?callbackUrl=${encodeURIComponent(callbackPath)}`);
  if (!can(user.role, "document.manage")) redirect("/quan-tri");
  return user;
}
