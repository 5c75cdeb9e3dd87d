import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { signInAs, type Who } from "@/tests/signed-in-as";
import { getDb } from "@/lib/db/client";
import { DEMO_STAFF } from "@/prisma/seed/seed-users";
import { changeRoleAction, createUserAction, resetPasswordAction, setDisabledAction } from "./actions";

const form = (fields: Record<string, string | number>) => {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.set(name, String(value));
  return data;
};

async function editorAccount() {
  const db = await getDb();
  return db.user.findUniqueOrThrow({ where: { email: DEMO_STAFF.editor.email } });
}

describe("user administration actions", () => {
  const refusals: [Who, string][] = [
    ["anonymous", "Bạn cần đăng nhập để thực hiện thao tác này."],
    ["editor", "Bạn không có quyền thực hiện thao tác này."],
    ["publisher", "Bạn không có quyền thực hiện thao tác này."],
  ];

  it.each(refusals)("refuse %s and change nothing", async (who, message) => {
    const db = await getDb();
    const target = await editorAccount();
    await signInAs(who);
    const email = `${randomUUID()}@sonha.gov.vn`;
    const results = [
      await createUserAction({}, form({ email, name: "Người lạ", role: "admin", password: "MatKhau@2026" })),
      await changeRoleAction({}, form({ userId: target.id, role: "admin" })),
      await setDisabledAction({}, form({ userId: target.id, disabled: "true" })),
      await resetPasswordAction({}, form({ userId: target.id, password: "MatKhau@2026" })),
    ];
    expect(results).toEqual(Array(4).fill({ error: message }));
    expect(await db.user.findUnique({ where: { email } })).toBeNull();
    expect(await editorAccount()).toEqual(target);
  });

  it("let an admin create, promote, disable and reset an account, each in the audit log", async () => {
    const db = await getDb();
    const admin = await signInAs("admin");
    const email = `${randomUUID()}@sonha.gov.vn`;
    expect(await createUserAction({}, form({ email, name: "Cán bộ mới", role: "editor", password: "MatKhau@2026" }))).toEqual({
      ok: `Đã tạo tài khoản ${email}.`,
    });
    const created = await db.user.findUniqueOrThrow({ where: { email } });
    expect((await changeRoleAction({}, form({ userId: created.id, role: "publisher" }))).ok).toBeDefined();
    expect((await setDisabledAction({}, form({ userId: created.id, disabled: "true" }))).ok).toBeDefined();
    expect((await resetPasswordAction({}, form({ userId: created.id, password: "MatKhauMoi@2026" }))).ok).toBeDefined();

    const after = await db.user.findUniqueOrThrow({ where: { email } });
    expect(after).toMatchObject({ role: "publisher", disabled: true });
    // Disabling and the password reset each revoked the account's tokens.
    expect(after.tokenVersion).toBe(created.tokenVersion + 2);
    const audit = await db.auditLog.findMany({ where: { targetType: "user", targetId: created.id }, orderBy: { id: "asc" } });
    expect(audit.map((entry) => [entry.action, entry.userId, entry.ip])).toEqual([
      ["user.create", admin!.id, "198.51.100.9"],
      ["user.change-role", admin!.id, "198.51.100.9"],
      ["user.disable", admin!.id, "198.51.100.9"],
      ["user.reset-password", admin!.id, "198.51.100.9"],
    ]);
    expect(JSON.parse(audit[1].detail!)).toMatchObject({ from: "editor", to: "publisher" });
  });

  it("keep an admin from locking or demoting themself, and refuse bad input", async () => {
    const admin = await signInAs("admin");
    expect(await setDisabledAction({}, form({ userId: admin!.id, disabled: "true" }))).toEqual({
      error: "Bạn không thể tự khóa tài khoản của mình.",
    });
    expect(await changeRoleAction({}, form({ userId: admin!.id, role: "editor" }))).toEqual({
      error: "Bạn không thể tự đổi vai trò của mình.",
    });
    expect(await createUserAction({}, form({ email: DEMO_STAFF.editor.email, name: "Trùng", role: "editor", password: "MatKhau@2026" }))).toEqual({
      error: "Email này đã có tài khoản.",
    });
    expect(await createUserAction({}, form({ email: "x@sonha.gov.vn", name: "Ngắn", role: "editor", password: "ngan" }))).toEqual({
      error: "Mật khẩu cần ít nhất 10 ký tự.",
    });
    expect(await changeRoleAction({}, form({ userId: "abc", role: "editor" }))).toEqual({ error: "Không tìm thấy tài khoản." });
    expect(await changeRoleAction({}, form({ userId: 999_999, role: "editor" }))).toEqual({ error: "Không tìm thấy tài khoản." });
  });

  it("end a disabled user's session at once", async () => {
    const db = await getDb();
    const email = `${randomUUID()}@sonha.gov.vn`;
    await signInAs("admin");
    await createUserAction({}, form({ email, name: "Sắp bị khóa", role: "publisher", password: "MatKhau@2026" }));
    const user = await db.user.findUniqueOrThrow({ where: { email } });
    await setDisabledAction({}, form({ userId: user.id, disabled: "true" }));
    // The disabled user's still-unexpired token now speaks for nobody.
    const { session } = await import("@/tests/signed-in-as");
    const { liveSessionUser } = await import("@/tests/live-session");
    session.current = { user: liveSessionUser(user) };
    expect(await createUserAction({}, form({ email: `${randomUUID()}@x.vn`, name: "Thử", role: "editor", password: "MatKhau@2026" }))).toEqual({
      error: "Bạn cần đăng nhập để thực hiện thao tác này.",
    });
  });
});
