// The demo accounts' passwords in the test databases, and only there: the e2e server and the
// integration-test setup hand them to the seed (ADMIN_PASSWORD, DEMO_STAFF_PASSWORD). A demo
// install draws its own at random (prisma/seed/demo-accounts.ts).
export const TEST_PASSWORDS = { admin: "KiemThu-QuanTri-2026", staff: "KiemThu-CanBo-2026" };

/** Sets them for a seed about to run in this process, unless the caller chose others. */
export function applyTestPasswords(): void {
  process.env.ADMIN_PASSWORD ||= TEST_PASSWORDS.admin;
  process.env.DEMO_STAFF_PASSWORD ||= TEST_PASSWORDS.staff;
}
