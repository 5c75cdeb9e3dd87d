import { vi } from "vitest";
import { getDb } from "@/lib/db/client";
import { DEMO_ADMIN } from "@/prisma/seed/demo-admin";
import { DEMO_STAFF } from "@/prisma/seed/seed-users";
import { liveSessionUser } from "./live-session";

// Server actions read the session through next-auth's getServerSession and the request
// through next/headers. An integration test that imports this file stubs those two at the
// edge (and next/cache), so the actions' own checks run against the real database.
export const session = { current: null as null | { user: ReturnType<typeof liveSessionUser> } };

vi.mock("next-auth", async (importOriginal) => ({
  ...(await importOriginal<typeof import("next-auth")>()),
  getServerSession: async () => session.current,
}));
vi.mock("next/headers", () => ({ headers: async () => new Headers({ "x-forwarded-for": "198.51.100.9" }) }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined, revalidateTag: () => undefined }));

export type Who = "anonymous" | "editor" | "publisher" | "admin";

const EMAILS = { editor: DEMO_STAFF.editor.email, publisher: DEMO_STAFF.publisher.email, admin: DEMO_ADMIN.email };

/** Makes the next server action run as one of the demo accounts, or as nobody. */
export async function signInAs(who: Who) {
  if (who === "anonymous") {
    session.current = null;
    return null;
  }
  const db = await getDb();
  const user = await db.user.findUniqueOrThrow({ where: { email: EMAILS[who] } });
  session.current = { user: liveSessionUser(user) };
  return user;
}
