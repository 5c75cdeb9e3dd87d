/** The areas the audit log browser filters by: the part of an action before the dot. */
export const AUDIT_AREAS: Record<string, string> = {
  auth: "Đăng nhập, đăng xuất",
  user: "Tài khoản",
  category: "Chuyên mục",
  article: "Bài viết",
  comment: "Bình luận",
  document: "Văn bản",
};

const ACTION_LABELS: Record<string, string> = {
  "auth.login": "Đăng nhập",
  "auth.logout": "Đăng xuất",
  "auth.login-failed": "Đăng nhập sai",
  "auth.lockout": "Tạm khóa đăng nhập (sai nhiều lần)",
  "auth.login-refused-locked": "Từ chối đăng nhập khi đang tạm khóa",
  "user.create": "Tạo tài khoản",
  "user.disable": "Khóa tài khoản",
  "user.enable": "Mở khóa tài khoản",
  "user.reset-password": "Đặt lại mật khẩu",
  "user.change-role": "Đổi vai trò",
  "category.create": "Tạo chuyên mục",
  "category.update": "Sửa chuyên mục",
  "category.move": "Đổi thứ tự chuyên mục",
};

/** A Vietnamese label for an action; actions other areas add show as their code until named here. */
export function auditActionLabel(action: string): string {
  return ACTION_LABELS[action] ?? action;
}
