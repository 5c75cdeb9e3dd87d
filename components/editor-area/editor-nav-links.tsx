"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

/**
 * The editor-area menu; the current section is marked for assistive technology. No prefetch:
 * staff pages are dynamic and per user, so prefetching them would only load the server.
 */
export function EditorNavLinks({ items }: { items: { href: string; label: string }[] }) {
  const pathname = usePathname();
  const current = (href: string) => (href === "/quan-tri" ? pathname === href : pathname.startsWith(href));
  return (
    <ul className="flex flex-wrap gap-1 md:flex-col">
      {items.map((item) => (
        <li key={item.href}>
          <Link
            href={item.href}
            prefetch={false}
            aria-current={current(item.href) ? "page" : undefined}
            className="block rounded px-3 py-2 text-sm font-semibold text-ink hover:bg-brand-50 aria-[current=page]:bg-brand-600 aria-[current=page]:text-white"
          >
            {item.label}
          </Link>
        </li>
      ))}
    </ul>
  );
}
