import type { Metadata } from "next";
import Link from "next/link";
import { notFound, permanentRedirect } from "next/navigation";
import { cache } from "react";
import { DocumentDetails } from "@/components/documents/document-details";
import { DocumentFiles } from "@/components/documents/document-files";
import { DocumentLinkList } from "@/components/documents/document-link-list";
import { LiveDocumentCounters } from "@/components/documents/live-document-counters";
import { Breadcrumbs } from "@/components/seo/breadcrumbs";
import { DocumentJsonLd } from "@/components/seo/document-json-ld";
import { getCurrentUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/roles";
import { documentPath } from "@/lib/documents/document-url";
import { getPublicDocument, listOtherDocuments } from "@/lib/documents/queries";
import { pageAlternates } from "@/lib/seo/feeds";
import { parseSlugId } from "@/lib/text/slugify";

const OTHER_DOCUMENTS = 5;

type Props = { params: Promise<{ document: string }> };

const loadDocument = cache(async (segment: string) => {
  const parsed = parseSlugId(segment);
  return parsed ? getPublicDocument(parsed.id) : null;
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const document = await loadDocument((await params).document);
  if (!document) return {};
  return {
    title: `${document.type.name} số ${document.number}`,
    description: (document.abstract || document.title).slice(0, 200),
    alternates: pageAlternates(documentPath(document)),
  };
}

export default async function DocumentPage({ params }: Props) {
  const segment = (await params).document;
  const document = await loadDocument(segment);
  if (!document) notFound();
  const canonical = documentPath(document);
  if (canonical !== `/van-ban/${segment}`) permanentRedirect(canonical);

  const [user, others] = await Promise.all([getCurrentUser(), listOtherDocuments(document, OTHER_DOCUMENTS)]);
  const relatedPairs = [
    ...document.relationsOut.filter((r) => r.kind === "related").map((r) => r.to),
    ...document.relationsIn.filter((r) => r.kind === "related").map((r) => r.from),
  ];
  const related = relatedPairs.filter((item, index) => relatedPairs.findIndex((other) => other.id === item.id) === index);

  return (
    <div className="rounded border border-gray-200 bg-white p-4 sm:p-6">
      <Breadcrumbs
        items={[
          { name: "Văn bản", path: "/van-ban" },
          { name: `Số ${document.number}`, path: canonical },
        ]}
      />
      <DocumentJsonLd document={document} />
      <article>
        <p className="text-sm font-semibold text-brand-700">
          {document.type.name} số {document.number}
        </p>
        <h1 className="mt-1 text-2xl font-bold leading-tight text-ink">{document.title}</h1>
        <p className="mt-2 text-sm text-muted">
          <LiveDocumentCounters documentId={document.id} viewCount={document.viewCount} downloadCount={document.downloadCount} />
          {user && can(user.role, "document.manage") ? (
            <>
              {" "}
              |{" "}
              <Link href={`/quan-tri/van-ban/${document.id}`} className="text-brand-700 hover:underline">
                Sửa văn bản
              </Link>
            </>
          ) : null}
        </p>
        {document.abstract ? <p className="mt-4 font-semibold leading-relaxed">{document.abstract}</p> : null}
        <DocumentDetails document={document} />
        <DocumentFiles
          documentId={document.id}
          files={document.files}
          signInHref={
            document.downloadAccess === "signed-in" && !user
              ? `/dang-nhap?callbackUrl=${encodeURIComponent(canonical)}`
              : undefined
          }
        />
      </article>
      <DocumentLinkList
        id="van-ban-thay-the"
        title="Văn bản này thay thế"
        documents={document.relationsOut.filter((r) => r.kind === "replaces").map((r) => r.to)}
      />
      <DocumentLinkList
        id="van-ban-bi-thay-the"
        title="Văn bản này được thay thế bởi"
        documents={document.relationsIn.filter((r) => r.kind === "replaces").map((r) => r.from)}
      />
      <DocumentLinkList id="van-ban-lien-quan" title="Văn bản liên quan" documents={related} />
      <DocumentLinkList id="van-ban-cung-loai" title={`${document.type.name} khác`} documents={others.sameType} />
      <DocumentLinkList
        id="van-ban-cung-co-quan"
        title={`Văn bản khác của ${document.issuingBody.name}`}
        documents={others.sameBody}
      />
    </div>
  );
}
