import bcrypt from "bcryptjs";
import Database from "better-sqlite3";
import { E2E_DATABASE_FILE } from "./database";

// Test-only accounts, written straight into the e2e database so a spec does not depend on
// which demo users the seed happens to create. Emails are per run, so re-runs never collide.

export type TestAccount = { id: number; email: string; password: string; name: string; role: "editor" | "publisher" | "admin" };

const PASSWORD = "KiemThu@2026";
// Prisma keeps DateTime on SQLite as ISO text with an explicit offset.
const storedNow = () => new Date().toISOString().replace("Z", "+00:00");

export function createAccount(role: TestAccount["role"], name: string): TestAccount {
  const email = `${role}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 7)}@kiemthu.invalid`;
  const db = new Database(E2E_DATABASE_FILE, { fileMustExist: true });
  try {
    const result = db
      .prepare(
        `INSERT INTO User (email, name, passwordHash, role, disabled, tokenVersion, createdAt, updatedAt)
         VALUES (?, ?, ?, ?, 0, 0, ?, ?)`,
      )
      .run(email, name, bcrypt.hashSync(PASSWORD, 10), role, storedNow(), storedNow());
    return { id: Number(result.lastInsertRowid), email, password: PASSWORD, name, role };
  } finally {
    db.close();
  }
}
