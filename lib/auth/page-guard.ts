import "server-only";
import { redirect } from "next/navigation";
import { getCurrentUser, type CurrentUser } from "./current-user";

/**
 * For editor-area pages: the signed-in user, or a redirect to sign-in that comes back to
 * `path`. The page then checks the role it needs with `can()` before reading any data.
 */
export async function requirePageUser(path: string): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) redirect(`/dang-nhap?callbackUrl=${encodeURIComponent(path)}`);
  return user;
}
