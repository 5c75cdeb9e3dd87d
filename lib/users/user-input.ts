import { z } from "zod";
import { ROLES } from "@/lib/auth/roles";

export const passwordSchema = z
  .string({ error: "Vui lòng nhập mật khẩu." })
  .min(10, "Mật khẩu cần ít nhất 10 ký tự.")
  .max(200, "Mật khẩu quá dài (tối đa 200 ký tự).");

export const roleSchema = z.enum(ROLES, { error: "Vai trò không hợp lệ." });

export const newUserSchema = z.object({
  email: z.string().trim().toLowerCase().email("Email không hợp lệ.").max(200, "Email quá dài."),
  name: z.string().trim().min(2, "Vui lòng nhập họ tên.").max(120, "Họ tên quá dài."),
  role: roleSchema,
  password: passwordSchema,
});

export type NewUser = z.infer<typeof newUserSchema>;
