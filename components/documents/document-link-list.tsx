import Link from "next/link";
import { documentPath } from "@/lib/documents/document-url";
import { formatDate } from "@/lib/format/vietnam-time";

type Item = { id: number; slug: string; number: string; title: string; issuedAt: Date };

/** A titled list of documents (replaces, replaced by, related, same type…); nothing when empty. */
export function DocumentLinkList({ id, title, documents }: { id: string; title: string; documents: Item[] }) {
  if (documents.length === 0) return null;
  return (
    <section aria-labelledby={id} className="mt-6" data-testid={id}>
      <h2 id={id} className="border-b border-gray-200 pb-1 text-base font-bold text-brand-700">
        {title}
      </h2>
      <ul className="mt-2 list-disc space-y-1 pl-5 text-sm">
        {documents.map((document) => (
          <li key={document.id}>
            <Link href={documentPath(document)} className="hover:text-brand-700 hover:underline">
              <span className="font-semibold">Số {document.number}</span> - {document.title}
            </Link>{" "}
            <span className="text-xs text-muted">({formatDate(document.issuedAt)})</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
