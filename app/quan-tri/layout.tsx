import { EditorShell } from "@/components/editor-area/editor-shell";
import { getCurrentUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/roles";

/**
 * The editor area's frame for staff. It guards nothing by itself: every page below checks
 * the user and role it needs next to its data, and redirects or refuses on its own.
 */
export default async function EditorAreaLayout({ children }: { children: React.ReactNode }) {
  const user = await getCurrentUser();
  if (!user || !can(user.role, "editor-area.enter")) return children;
  return <EditorShell user={user}>{children}</EditorShell>;
}
