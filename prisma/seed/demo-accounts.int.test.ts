import { randomUUID } from "node:crypto";
import { afterEach, describe, expect, it, vi } from "vitest";
import { verifyPassword } from "@/lib/auth/password";
import { getDb } from "@/lib/db/client";
import { announceDrawnPasswords, ensureDemoAccount } from "./demo-accounts";

const newAccount = () => ({ email: `mau-${randomUUID()}@kiemthu.invalid`, name: "Tài khoản mẫu", role: "editor" as const });

afterEach(() => vi.restoreAllMocks());

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

describe("announceDrawnPasswords", () => {
  it("shows each drawn password once, with its account, and nothing when none was drawn", () => {
    const log = vi.spyOn(console, "log").mockImplementation(() => undefined);
    announceDrawnPasswords([]);
    expect(log).not.toHaveBeenCalled();
    announceDrawnPasswords([{ email: "bientap@sonha.gov.vn", role: "admin", password: "abcDEF123_-xyzXYZ456789a" }]);
    expect(log).toHaveBeenCalledTimes(1);
    expect(log.mock.calls[0][0]).toContain("bientap@sonha.gov.vn (quản trị): abcDEF123_-xyzXYZ456789a");
  });
});
