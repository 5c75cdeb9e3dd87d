import { SignOutButton } from "@/components/auth/sign-out-button";
import type { CurrentUser } from "@/lib/auth/current-user";
import { ROLE_LABELS } from "@/lib/auth/roles";
import { EditorNavLinks } from "./editor-nav-links";
import { navItemsFor } from "./editor-nav-items";

/** The editor area's frame: who is signed in, the menu for their role, and the page. */
export function EditorShell({ user, children }: { user: CurrentUser; children: React.ReactNode }) {
  return (
    <div className="grid gap-4 md:grid-cols-[220px_minmax(0,1fr)]">
      <div className="space-y-3">
        <div className="rounded border border-gray-200 bg-white p-3 text-sm">
          <p className="font-semibold">{user.name}</p>
          <p className="text-muted">{ROLE_LABELS[user.role]}</p>
          <p className="break-all text-muted">{user.email}</p>
          <div className="mt-2">
            <SignOutButton />
          </div>
        </div>
        <nav aria-label="Khu vực biên tập" className="rounded border border-gray-200 bg-white p-2">
          <EditorNavLinks items={navItemsFor(user.role)} />
        </nav>
      </div>
      <div className="min-w-0">{children}</div>
    </div>
  );
}
