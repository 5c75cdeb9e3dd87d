import Link from "next/link";
import { documentPath } from "@/lib/documents/document-url";
import type { DocumentCard } from "@/lib/documents/queries";
import { VALIDITY_LABELS, documentValidity } from "@/lib/documents/visibility";
import { formatDate } from "@/lib/format/vietnam-time";
import { DocumentCounters } from "./document-counters";

/** Numbered documents, as in the reference listing: number, issue date, title and abstract, type and body. */
export function DocumentList({ documents, now = new Date() }: { documents: DocumentCard[]; now?: Date }) {
  return (
    <ol className="divide-y divide-gray-200" data-testid="document-list">
      {documents.map((document) => {
        const validity = documentValidity(document, now);
        return (
          <li key={document.id} className="py-3" data-testid="document-item">
            <p className="flex flex-wrap items-baseline gap-x-3 text-sm">
              <span className="font-semibold text-brand-700" data-testid="document-number">
                Số {document.number}
              </span>
              <span className="text-muted">
                Ban hành: <time dateTime={document.issuedAt.toISOString()}>{formatDate(document.issuedAt)}</time>
              </span>
              {validity !== "in-force" ? (
                <span className="rounded bg-gray-100 px-1.5 text-xs text-gray-700">{VALIDITY_LABELS[validity]}</span>
              ) : null}
            </p>
            <h2 className="mt-1 font-semibold leading-snug">
              <Link href={documentPath(document)} className="hover:text-brand-700 hover:underline">
                {document.title}
              </Link>
            </h2>
            {document.abstract ? <p className="mt-1 text-sm text-gray-700">{document.abstract}</p> : null}
            <p className="mt-1 flex flex-wrap gap-x-3 text-xs text-muted">
              <span>{document.type.name}</span>
              <span>{document.issuingBody.name}</span>
              <DocumentCounters viewCount={document.viewCount} downloadCount={document.downloadCount} />
            </p>
          </li>
        );
      })}
    </ol>
  );
}
