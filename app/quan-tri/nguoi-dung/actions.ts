"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { defineAction } from "@/lib/actions/define-action";
import { formId, formText } from "@/lib/actions/form-fields";
import { ROLE_LABELS, isRole } from "@/lib/auth/roles";
import { changeUserRole, createUser, resetUserPassword, setUserDisabled } from "@/lib/users/manage-users";

// Server actions of the user administration; lib/users checks "user.manage" again next to the data.

const userId = formId("Không tìm thấy tài khoản.");

function refresh(id?: number) {
  revalidatePath("/quan-tri/nguoi-dung");
  if (id) revalidatePath(`/quan-tri/nguoi-dung/${id}`);
}

export const createUserAction = defineAction(
  "user.create",
  "user.manage",
  z.object({ email: formText(300), name: formText(300), role: formText(50), password: formText(300) }),
  async (input, actor) => {
    const user = await createUser(actor, input);
    refresh();
    return `Đã tạo tài khoản ${user.email}.`;
  },
);

export const changeRoleAction = defineAction("user.change-role", "user.manage", z.object({ userId, role: formText(50) }), async (input, actor) => {
  const user = await changeUserRole(actor, input.userId, input.role);
  refresh(user.id);
  return `Vai trò mới: ${isRole(user.role) ? ROLE_LABELS[user.role] : user.role}.`;
});

export const setDisabledAction = defineAction("user.set-disabled", "user.manage", z.object({ userId, disabled: formText(10) }), async (input, actor) => {
  const disabled = input.disabled === "true";
  const user = await setUserDisabled(actor, input.userId, disabled);
  refresh(user.id);
  return disabled ? "Đã khóa tài khoản; các phiên đăng nhập của tài khoản này đã kết thúc." : "Đã mở khóa tài khoản.";
});

export const resetPasswordAction = defineAction("user.reset-password", "user.manage", z.object({ userId, password: formText(300) }), async (input, actor) => {
  const user = await resetUserPassword(actor, input.userId, input.password);
  refresh(user.id);
  return "Đã đặt mật khẩu mới; các phiên đăng nhập của tài khoản này đã kết thúc.";
});
