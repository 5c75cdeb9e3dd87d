import Link from "next/link";
import { documentListHref } from "@/lib/documents/list-filters";
import type { PublicDocument } from "@/lib/documents/queries";
import { VALIDITY_LABELS, documentValidity } from "@/lib/documents/visibility";
import { formatDate } from "@/lib/format/vietnam-time";

/** Every field of a document, empty ones left out; type, fields, body and signer link to the filtered list. */
export function DocumentDetails({ document, now = new Date() }: { document: PublicDocument; now?: Date }) {
  const linkClass = "text-brand-700 hover:underline";
  const rows: [string, React.ReactNode][] = [
    ["Số, ký hiệu", document.number],
    ["Trích yếu", document.title],
    [
      "Loại văn bản",
      <Link key="type" href={documentListHref({ type: document.type.slug })} className={linkClass}>
        {document.type.name}
      </Link>,
    ],
    [
      "Lĩnh vực",
      document.fields.length
        ? document.fields.map(({ field }, index) => (
            <span key={field.id}>
              {index > 0 ? ", " : null}
              <Link href={documentListHref({ field: field.slug })} className={linkClass}>
                {field.name}
              </Link>
            </span>
          ))
        : null,
    ],
    [
      "Cơ quan ban hành",
      <Link key="body" href={documentListHref({ body: document.issuingBody.slug })} className={linkClass}>
        {document.issuingBody.name}
      </Link>,
    ],
    [
      "Người ký",
      document.signer ? (
        <Link href={documentListHref({ signer: document.signer.id })} className={linkClass}>
          {document.signer.name}
          {document.signer.position ? ` (${document.signer.position})` : ""}
        </Link>
      ) : null,
    ],
    ["Ngày ban hành", formatDate(document.issuedAt)],
    ["Ngày có hiệu lực", document.effectiveAt ? formatDate(document.effectiveAt) : null],
    ["Ngày hết hiệu lực", document.expiresAt ? formatDate(document.expiresAt) : null],
    ["Tình trạng hiệu lực", VALIDITY_LABELS[documentValidity(document, now)]],
  ];
  return (
    <table className="mt-4 w-full border-collapse text-sm" data-testid="document-details">
      <tbody>
        {rows
          .filter(([, value]) => value !== null && value !== "")
          .map(([label, value]) => (
            <tr key={label} className="border-b border-gray-100 align-top">
              <th scope="row" className="w-44 bg-gray-50 px-3 py-2 text-left font-semibold">
                {label}
              </th>
              <td className="px-3 py-2">{value}</td>
            </tr>
          ))}
      </tbody>
    </table>
  );
}
