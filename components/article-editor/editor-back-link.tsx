import Link from "next/link";

/** The "‹ back" link at the top of the editor pages. */
export function EditorBackLink({ href, children }: { href: string; children: string }) {
  return (
    <p className="text-sm">
      <Link href={href} className="text-brand-700 hover:underline">
        ‹ {children}
      </Link>
    </p>
  );
}
