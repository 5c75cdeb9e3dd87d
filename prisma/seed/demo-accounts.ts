import { randomBytes } from "node:crypto";
import { appendFileSync, chmodSync, mkdirSync } from "node:fs";
import path from "node:path";
import type { Db } from "@/lib/db/client";
import { hashPassword, verifyPassword } from "@/lib/auth/password";

export type DemoAccount = { email: string; name: string; role: "admin" | "publisher" | "editor" };
/** An account given a password drawn at random: shown once, where the install is run, and kept in DRAWN_PASSWORDS_FILE. */
export type DrawnPassword = { email: string; role: DemoAccount["role"]; password: string };

/** Where drawn passwords are kept for the owner of the install, who deletes the file once they are noted (README). */
export const DRAWN_PASSWORDS_FILE = path.join(".data", "drawn-passwords.txt");

/**
 * The passwords earlier READMEs printed for the demo accounts, before they were drawn at
 * random: anyone may know them, so no account may keep or be given one.
 */
export const PUBLISHED_PASSWORDS: Record<string, string> = {
  "bientap@sonha.gov.vn": "SonHa@2026",
  "duyettin@sonha.gov.vn": "DuyetTin@2026",
  "phongvien@sonha.gov.vn": "PhongVien@2026",
};

const isPublished = (password: string) => Object.values(PUBLISHED_PASSWORDS).includes(password);

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
 * takes it, and its sessions are revoked. A configured password an old README published is refused.
 */
export async function ensureDemoAccount(db: Db, account: DemoAccount, configured?: string): Promise<{ id: number; drawn?: DrawnPassword }> {
  if (configured && isPublished(configured)) {
    throw new Error(`mật khẩu cấu hình cho ${account.email} đã được công bố trong README cũ: hãy chọn mật khẩu khác.`);
  }
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

/**
 * An install seeded by an earlier version may still hold demo accounts with the passwords the
 * README published. Each such account gets a new drawn password (added to `drawn`, to be shown
 * and kept like the others) and loses its sessions. Only each account's own published password
 * is tried: one bcrypt check per demo account.
 */
export async function retirePublishedPasswords(db: Db, drawn: DrawnPassword[]): Promise<void> {
  const accounts = await db.user.findMany({ where: { email: { in: Object.keys(PUBLISHED_PASSWORDS) }, disabled: false } });
  for (const account of accounts) {
    if (!(await verifyPassword(PUBLISHED_PASSWORDS[account.email], account.passwordHash))) continue;
    const password = drawPassword();
    await db.user.update({ where: { id: account.id }, data: { passwordHash: await hashPassword(password), tokenVersion: { increment: 1 } } });
    console.warn(`[cơ sở dữ liệu] tài khoản ${account.email} còn dùng mật khẩu đã công bố trong README cũ: đã đặt mật khẩu mới và đăng xuất mọi phiên`);
    drawn.push({ email: account.email, role: account.role as DemoAccount["role"], password });
  }
}

const ROLE_NAMES: Record<DemoAccount["role"], string> = { admin: "quản trị", publisher: "duyệt và đăng", editor: "biên tập viên" };

/**
 * The drawn passwords, once, on the terminal that prepared the database, and appended to a
 * file only the install's owner can read (0600), whose path is shown with them.
 */
export function recordDrawnPasswords(drawn: DrawnPassword[], file = DRAWN_PASSWORDS_FILE): void {
  if (drawn.length === 0) return;
  const lines = drawn.map(({ email, role, password }) => `  ${email} (${ROLE_NAMES[role]}): ${password}`);
  mkdirSync(path.dirname(file), { recursive: true });
  appendFileSync(file, [`# ${new Date().toISOString()}`, ...lines, ""].join("\n"), { mode: 0o600 });
  // The mode given above applies only to a file that is created: one that was there is narrowed too.
  chmodSync(file, 0o600);
  console.log(
    [
      "[cơ sở dữ liệu] mật khẩu vừa tạo, chỉ hiện lần này (hãy ghi lại, rồi đổi sau khi đăng nhập):",
      ...lines,
      `  Đã ghi vào ${path.resolve(file)} (chỉ chủ sở hữu đọc được): xóa tệp sau khi đã ghi lại.`,
      "  Quên mật khẩu quản trị: khởi động lại với ADMIN_PASSWORD=… (README, Configuration).",
    ].join("\n"),
  );
}
