import Link from "next/link";

export type NavItem = { href: string; label: string };

export function MainNav({ items }: { items: NavItem[] }) {
  return (
    <nav aria-label="Chuyên mục chính" className="bg-brand-600">
      <ul className="mx-auto flex max-w-6xl flex-wrap px-1 sm:px-2">
        <li>
          <Link href="/" className="block px-3 py-2.5 text-sm font-semibold text-white hover:bg-brand-800">
            Trang chủ
          </Link>
        </li>
        {items.map((item) => (
          <li key={item.href}>
            <Link href={item.href} className="block px-3 py-2.5 text-sm font-semibold text-white hover:bg-brand-800">
              {item.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
