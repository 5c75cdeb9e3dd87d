import { can, type Permission, type Role } from "@/lib/auth/roles";

type NavItem = { href: string; label: string; permission: Permission };

// Each page checks its own permission again; the menu only hides what a role cannot use.
const NAV_ITEMS: NavItem[] = [
  { href: "/quan-tri", label: "Tổng quan", permission: "editor-area.enter" },
  { href: "/quan-tri/bai-viet", label: "Bài viết", permission: "article.write" },
  { href: "/quan-tri/binh-luan", label: "Bình luận", permission: "comment.moderate" },
  { href: "/quan-tri/van-ban", label: "Văn bản", permission: "document.manage" },
  { href: "/quan-tri/chuyen-muc", label: "Chuyên mục", permission: "category.manage" },
  { href: "/quan-tri/nguoi-dung", label: "Người dùng", permission: "user.manage" },
  { href: "/quan-tri/nhat-ky", label: "Nhật ký hệ thống", permission: "audit.read" },
];

export function navItemsFor(role: Role): { href: string; label: string }[] {
  return NAV_ITEMS.filter((item) => can(role, item.permission)).map(({ href, label }) => ({ href, label }));
}
