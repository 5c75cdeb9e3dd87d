// Roles and what each may do. Every page, server action and route handler of the editor
// area asks `can()` next to the data it touches; nothing in front of them checks roles.

export const ROLES = ["editor", "publisher", "admin"] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, string> = {
  editor: "Biên tập viên",
  publisher: "Người duyệt, xuất bản",
  admin: "Quản trị hệ thống",
};

const MINIMUM_ROLE = {
  "editor-area.enter": "editor",
  "article.write": "editor",
  "article.publish": "publisher",
  "comment.moderate": "publisher",
  "document.manage": "publisher",
  "audit.read": "admin",
  "category.manage": "admin",
  "user.manage": "admin",
} as const satisfies Record<string, Role>;

export type Permission = keyof typeof MINIMUM_ROLE;

export function isRole(value: unknown): value is Role {
  return typeof value === "string" && (ROLES as readonly string[]).includes(value);
}

export function can(role: Role | null | undefined, permission: Permission): boolean {
  if (!role) return false;
  return ROLES.indexOf(role) >= ROLES.indexOf(MINIMUM_ROLE[permission]);
}
