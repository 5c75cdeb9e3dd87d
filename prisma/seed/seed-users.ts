import { hashPassword } from "@/lib/auth/password";
import type { SeedContext } from "./seed-demo-content";

/** The demo staff besides the admin: one publisher and one editor (README, "Demo editor account"). */
export const DEMO_STAFF = {
  publisher: { email: "duyettin@sonha.gov.vn", password: "DuyetTin@2026", name: "Trần Thị Duyệt", role: "publisher" },
  editor: { email: "phongvien@sonha.gov.vn", password: "PhongVien@2026", name: "Lê Văn Viết", role: "editor" },
} as const;

export async function seedUsers({ db }: SeedContext) {
  for (const account of Object.values(DEMO_STAFF)) {
    const passwordHash = await hashPassword(account.password);
    await db.user.upsert({
      where: { email: account.email },
      create: { email: account.email, name: account.name, role: account.role, passwordHash },
      update: {},
    });
  }
}
