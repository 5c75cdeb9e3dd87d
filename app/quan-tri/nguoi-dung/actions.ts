"use server";

import { revalidatePath } from "next/cache";
import { guardedAction, type ActionState } from "@/lib/auth/guarded-action";
import { ROLE_LABELS, isRole } from "@/lib/auth/roles";
import { parseRouteId } from "@/lib/http/route-id";
import { changeUserRole, createUser, resetUserPassword, setUserDisabled } from "@/lib/users/manage-users";

// Server actions of the user administration. Each runs only for a user allowed to manage
// users (guardedAction), and the lib function checks that permission again next to the data.

const field = (formData: FormData, name: string) => String(formData.get(name) ?? "");
const userIdOf = (formData: FormData) => parseRouteId(field(formData, "userId"), "Không tìm thấy tài khoản.");

function refresh(userId?: number) {
  revalidatePath("/quan-tri/nguoi-dung");
  if (userId) revalidatePath(`/quan-tri/nguoi-dung/${userId}`);
}

export async function createUserAction(_state: ActionState, formData: FormData): Promise<ActionState> {
  return guardedAction("user.manage", async (context) => {
    const user = await createUser(context, Object.fromEntries(["email", "name", "role", "password"].map((name) => [name, field(formData, name)])));
    refresh();
    return `Đã tạo tài khoản ${user.email}.`;
  });
}

export async function changeRoleAction(_state: ActionState, formData: FormData): Promise<ActionState> {
  return guardedAction("user.manage", async (context) => {
    const user = await changeUserRole(context, userIdOf(formData), field(formData, "role"));
    refresh(user.id);
    return `Vai trò mới: ${isRole(user.role) ? ROLE_LABELS[user.role] : user.role}.`;
  });
}

export async function setDisabledAction(_state: ActionState, formData: FormData): Promise<ActionState> {
  return guardedAction("user.manage", async (context) => {
    const disabled = field(formData, "disabled") === "true";
    const user = await setUserDisabled(context, userIdOf(formData), disabled);
    refresh(user.id);
    return disabled ? "Đã khóa tài khoản; các phiên đăng nhập của tài khoản này đã kết thúc." : "Đã mở khóa tài khoản.";
  });
}

export async function resetPasswordAction(_state: ActionState, formData: FormData): Promise<ActionState> {
  return guardedAction("user.manage", async (context) => {
    const user = await resetUserPassword(context, userIdOf(formData), field(formData, "password"));
    refresh(user.id);
    return "Đã đặt mật khẩu mới; các phiên đăng nhập của tài khoản này đã kết thúc.";
  });
}
