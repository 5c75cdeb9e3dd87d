import { redirect } from "next/navigation";
import { getCurrentUser, type CurrentUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/roles";

/**
 * For editor-area pages: the signed-in user allowed to write articles. Anyone else is sent
 * to sign in and brought back to `returnPath` afterwards (a signed-in user without the role
 * sees the sign-in page's refusal rather than the page).
 */
export async function requireArticleEditor(returnPath: string): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user || !can(user.role, "article.write")) redirect(`/dang-nhap?callbackUrl=${encodeURIComponent(returnPath)}`);
  return user;
}
