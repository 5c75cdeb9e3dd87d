import { ensureDemoAccount } from "./demo-accounts";
import type { SeedContext } from "./seed-demo-content";

/** The demo staff besides the admin: one publisher and one editor (README, "Demo accounts"). */
export const DEMO_STAFF = {
  publisher: { email: "duyettin@sonha.gov.vn", name: "Trần Thị Duyệt", role: "publisher" },
  editor: { email: "phongvien@sonha.gov.vn", name: "Lê Văn Viết", role: "editor" },
} as const;

/** Their password: DEMO_STAFF_PASSWORD when given (the tests give it), otherwise one drawn for each. */
export async function seedUsers({ db, drawn }: SeedContext) {
  for (const account of Object.values(DEMO_STAFF)) {
    const created = await ensureDemoAccount(db, account, process.env.DEMO_STAFF_PASSWORD || undefined);
    if (created.drawn) drawn.push(created.drawn);
  }
}
