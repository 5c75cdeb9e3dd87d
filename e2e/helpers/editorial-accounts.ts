import bcrypt from "bcryptjs";
import { queryRow } from "./sync-query";

// Test-only accounts, written straight into the e2e database so a spec does not depend on
// which demo users the seed happens to create. Emails are per run, so re-runs never collide.

export type TestAccount = { id: number; email: string; password: string; name: string; role: "editor" | "publisher" | "admin" };

const PASSWORD = "KiemThu@2026";
// Prisma keeps DateTime on SQLite as ISO text with an explicit offset; PostgreSQL reads the
// same text into its "timestamp without time zone" columns, which hold UTC.
const storedNow = () => new Date().toISOString().replace("Z", "+00:00");

export function createAccount(role: TestAccount["role"], name: string): TestAccount {
  const email = `${role}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 7)}@kiemthu.invalid`;
  const row = queryRow<{ id: number }>(
    `INSERT INTO "User" ("email", "name", "passwordHash", "role", "disabled", "tokenVersion", "createdAt", "updatedAt")
     VALUES (?, ?, ?, ?, FALSE, 0, ?, ?) RETURNING "id"`,
    email,
    name,
    bcrypt.hashSync(PASSWORD, 10),
    role,
    storedNow(),
    storedNow(),
  );
  return { id: row!.id, email, password: PASSWORD, name, role };
}
