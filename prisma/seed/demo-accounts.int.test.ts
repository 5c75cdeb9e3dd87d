import { randomUUID } from "node:crypto";
import { existsSync, mkdtempSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { authOptions } from "@/lib/auth/auth-options";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { getDb } from "@/lib/db/client";
import { ensureDemoAccount, PUBLISHED_PASSWORDS, recordDrawnPasswords } from "./demo-accounts";
import { seedDatabase } from "./seed-database";
import { PUBLISHED_PASSWORDS_CHECKED_MARKER } from "./seed-state.mjs";
import { DEMO_STAFF } from "./seed-users";

const newAccount = () => ({ email: `mau-${randomUUID()}@kiemthu.invalid`, name: "Tài khoản mẫu", role: "editor" as const });

afterEach(() => vi.restoreAllMocks());

type Authorize = (credentials: Record<string, string>, request: { headers: Record<string, string> }) => Promise<{ email: string; role: string }>;

/** Signs in through the portal's own credentials check: the user it answers, or the refusal's message. */
async function signIn(email: string, password: string): Promise<{ email: string; role: string } | string> {
  const provider = authOptions().providers[0] as unknown as { options: { authorize: Authorize } };
  return provider.options.authorize({ email, password }, { headers: { "x-forwarded-for": "203.0.113.77" } }).catch((error: Error) => error.message);
}

describe("ensureDemoAccount", () => {
  it("gives a new account a password drawn at random, different for each, that signs in", async () => {
    const db = await getDb();
    const [first, second] = [await ensureDemoAccount(db, newAccount()), await ensureDemoAccount(db, newAccount())];
    for (const created of [first, second]) {
      expect(created.drawn?.password).toMatch(/^[A-Za-z0-9_-]{24}$/);
      const row = await db.user.findUniqueOrThrow({ where: { id: created.id } });
      expect(await verifyPassword(created.drawn!.password, row.passwordHash)).toBe(true);
    }
    expect(first.drawn!.password).not.toBe(second.drawn!.password);
  });

  it("keeps an existing account's password, unless a configured one differs: then takes it and revokes its sessions", async () => {
    const db = await getDb();
    const account = newAccount();
    const created = await ensureDemoAccount(db, account);
    expect(await ensureDemoAccount(db, account)).toEqual({ id: created.id });
    const before = await db.user.findUniqueOrThrow({ where: { id: created.id } });
    expect(await verifyPassword(created.drawn!.password, before.passwordHash)).toBe(true);

    expect(await ensureDemoAccount(db, account, "Cau-hinh-2026-moi")).toEqual({ id: created.id });
    const after = await db.user.findUniqueOrThrow({ where: { id: created.id } });
    expect(await verifyPassword("Cau-hinh-2026-moi", after.passwordHash)).toBe(true);
    expect(after.tokenVersion).toBe(before.tokenVersion + 1);
    // The same configured password again changes nothing.
    await ensureDemoAccount(db, account, "Cau-hinh-2026-moi");
    expect((await db.user.findUniqueOrThrow({ where: { id: created.id } })).tokenVersion).toBe(after.tokenVersion);
  });

  it("creates an account with the configured password, drawing none", async () => {
    const db = await getDb();
    const created = await ensureDemoAccount(db, newAccount(), "Cau-hinh-2026");
    expect(created.drawn).toBeUndefined();
    const row = await db.user.findUniqueOrThrow({ where: { id: created.id } });
    expect(await verifyPassword("Cau-hinh-2026", row.passwordHash)).toBe(true);
  });
});

describe("recordDrawnPasswords", () => {
  it("shows each drawn password once, with its account and the file that keeps it, and nothing when none was drawn", () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), "portal-passwords-")), "drawn-passwords.txt");
    const log = vi.spyOn(console, "log").mockImplementation(() => undefined);
    recordDrawnPasswords([], file);
    expect(log).not.toHaveBeenCalled();
    expect(existsSync(file)).toBe(false);
    recordDrawnPasswords([{ email: "bientap@sonha.gov.vn", role: "admin", password: "abcDEF123_-xyzXYZ456789a" }], file);
    expect(log).toHaveBeenCalledTimes(1);
    expect(log.mock.calls[0][0]).toContain("bientap@sonha.gov.vn (quản trị): abcDEF123_-xyzXYZ456789a");
    expect(log.mock.calls[0][0]).toContain(file);
    expect(readFileSync(file, "utf8")).toContain("bientap@sonha.gov.vn (quản trị): abcDEF123_-xyzXYZ456789a");
  });

  it("keeps them in a file only its owner can read, even one that was there before", () => {
    vi.spyOn(console, "log").mockImplementation(() => undefined);
    const file = path.join(mkdtempSync(path.join(tmpdir(), "portal-passwords-")), "drawn-passwords.txt");
    writeFileSync(file, "# an earlier run\n", { mode: 0o644 });
    recordDrawnPasswords([{ email: "a@kiemthu.invalid", role: "editor", password: "abcDEF123_-xyzXYZ456789a" }], file);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(readFileSync(file, "utf8")).toMatch(/^# an earlier run\n# \d{4}-/);
  });
});

describe("seedDatabase", () => {
  const adminEmailBefore = process.env.ADMIN_EMAIL;
  const adminPasswordBefore = process.env.ADMIN_PASSWORD;
  afterEach(() => {
    process.env.ADMIN_EMAIL = adminEmailBefore;
    process.env.ADMIN_PASSWORD = adminPasswordBefore;
    if (adminEmailBefore === undefined) delete process.env.ADMIN_EMAIL;
  });

  it("writes a new administrator's drawn password to an owner-only file, and that password signs in", async () => {
    vi.spyOn(console, "log").mockImplementation(() => undefined);
    const email = `quantri-${randomUUID()}@kiemthu.invalid`;
    process.env.ADMIN_EMAIL = email;
    delete process.env.ADMIN_PASSWORD;
    const file = path.join(mkdtempSync(path.join(tmpdir(), "portal-passwords-")), "drawn-passwords.txt");
    const db = await getDb();
    await seedDatabase(db, { demo: false, passwordsFile: file });

    expect(statSync(file).mode & 0o777).toBe(0o600);
    const password = readFileSync(file, "utf8").match(new RegExp(`${email.replace(/[.]/g, "\\.")} \\(quản trị\\): (\\S+)`))?.[1];
    expect(password).toMatch(/^[A-Za-z0-9_-]{24}$/);
    expect(await signIn(email, password!)).toMatchObject({ email, role: "admin" });
    expect(await signIn(email, "sai-mat-khau-nay")).toEqual(expect.any(String));
  });

  it("gives an account of an old install that still has its published password a new drawn one, once, with a log line", async () => {
    vi.spyOn(console, "log").mockImplementation(() => undefined);
    const warn = vi.spyOn(console, "warn").mockImplementation(() => undefined);
    const db = await getDb();
    const email = DEMO_STAFF.publisher.email;
    const before = await db.user.findUniqueOrThrow({ where: { email } });
    // As an install seeded before the passwords were drawn: the README's password, the check never run.
    await db.user.update({ where: { email }, data: { passwordHash: await hashPassword(PUBLISHED_PASSWORDS[email]) } });
    await db.setting.delete({ where: { key: PUBLISHED_PASSWORDS_CHECKED_MARKER } });
    const file = path.join(mkdtempSync(path.join(tmpdir(), "portal-passwords-")), "drawn-passwords.txt");
    try {
      await seedDatabase(db, { demo: true, passwordsFile: file });
      const after = await db.user.findUniqueOrThrow({ where: { email } });
      expect(await verifyPassword(PUBLISHED_PASSWORDS[email], after.passwordHash)).toBe(false);
      expect(after.tokenVersion).toBe(before.tokenVersion + 1);
      expect(warn).toHaveBeenCalledWith(expect.stringContaining(`tài khoản ${email} còn dùng mật khẩu đã công bố`));
      const drawn = readFileSync(file, "utf8").match(/duyettin@sonha\.gov\.vn \(duyệt và đăng\): (\S+)/)?.[1];
      expect(await verifyPassword(drawn!, after.passwordHash)).toBe(true);
      expect(await db.setting.findUnique({ where: { key: PUBLISHED_PASSWORDS_CHECKED_MARKER } })).not.toBeNull();

      // Checked once: an account given that password again later is not looked at on the next run.
      await db.user.update({ where: { email }, data: { passwordHash: await hashPassword(PUBLISHED_PASSWORDS[email]) } });
      await seedDatabase(db, { demo: true, passwordsFile: file });
      expect(warn).toHaveBeenCalledTimes(1);
    } finally {
      await db.user.update({ where: { email }, data: { passwordHash: before.passwordHash } });
      await db.setting.upsert({ where: { key: PUBLISHED_PASSWORDS_CHECKED_MARKER }, create: { key: PUBLISHED_PASSWORDS_CHECKED_MARKER, value: "" }, update: {} });
    }
  });

  it("refuses a configured password that an old README published", async () => {
    process.env.ADMIN_PASSWORD = PUBLISHED_PASSWORDS["bientap@sonha.gov.vn"];
    await expect(seedDatabase(await getDb(), { demo: false })).rejects.toThrow(/đã được công bố trong README cũ/);
  });
});
