import { randomBytes } from "node:crypto";
import type { Db } from "@/lib/db/client";
import { hashPassword, verifyPassword } from "@/lib/auth/password";

export type DemoAccount = { email: string; name: string; role: "admin" | "publisher" | "editor" };
/** An account created with a password drawn at random: shown once, where the install is run. */
export type DrawnPassword = { email: string; role: DemoAccount["role"]; password: string };

/**
 * 18 random bytes as base64url: 24 characters, 144 bits. No demo password is written in the
 * code or the README, so a demo install put on the internet by mistake has no account whose
 * password anyone can read.
 */
export function drawPassword(): string {
  return randomBytes(18).toString("base64url");
}

/**
 * Creates the account when it is missing, with the `configured` password (ADMIN_PASSWORD,
 * DEMO_STAFF_PASSWORD) or one drawn at random, which is returned to be shown. An existing
 * account keeps the password its owner set, unless `configured` is given and differs: then it
 * takes it, and its sessions are revoked.
 */
export async function ensureDemoAccount(db: Db, account: DemoAccount, configured?: string): Promise<{ id: number; drawn?: DrawnPassword }> {
  const existing = await db.user.findUnique({ where: { email: account.email } });
  if (existing && (!configured || (await verifyPassword(configured, existing.passwordHash)))) return { id: existing.id };
  if (existing) {
    const passwordHash = await hashPassword(configured!);
    await db.user.update({ where: { id: existing.id }, data: { passwordHash, tokenVersion: { increment: 1 } } });
    return { id: existing.id };
  }
  const password = configured || drawPassword();
  const created = await db.user.create({ data: { ...account, passwordHash: await hashPassword(password) } });
  return { id: created.id, drawn: configured ? undefined : { email: account.email, role: account.role, password } };
}

const ROLE_NAMES: Record<DemoAccount["role"], string> = { admin: "quản trị", publisher: "duyệt và đăng", editor: "biên tập viên" };

/** The drawn passwords, once, on the terminal that prepared the database. */
export function announceDrawnPasswords(drawn: DrawnPassword[]): void {
  if (drawn.length === 0) return;
  const lines = drawn.map(({ email, role, password }) => `  ${email} (${ROLE_NAMES[role]}): ${password}`);
  console.log(
    [
      "[cơ sở dữ liệu] tài khoản mẫu, mật khẩu chỉ hiện lần này (hãy ghi lại, rồi đổi sau khi đăng nhập):",
      ...lines,
      "  Quên mật khẩu quản trị: khởi động lại với ADMIN_PASSWORD=… (README, Configuration).",
    ].join("\n"),
  );
}
