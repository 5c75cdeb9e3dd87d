import { mkdir, writeFile } from "node:fs/promises";
import { renderDocumentPdf } from "@/lib/documents/pdf/render-document-pdf";
import { documentSearchText } from "@/lib/documents/search-text";
import { storedFilePath, uploadDir } from "@/lib/uploads/upload-dir";
import { slugify } from "@/lib/text/slugify";
import {
  demoDocumentTypes,
  demoDocuments,
  demoFields,
  demoIssuingBodies,
  demoSigners,
} from "./content/demo-content";
import type { SeedContext } from "./seed-demo-content";
import { stableNumber } from "./stable-number";

const parseDay = (day: string) => new Date(`${day}T08:00:00+07:00`);

/**
 * The document library: types, fields, issuing bodies, signers, numbered documents and their
 * links, and for each document a PDF generated from its text and written to UPLOAD_DIR.
 */
export async function seedDocuments({ db, adminId }: SeedContext) {
  const typeIds = new Map<string, number>();
  for (const [position, type] of demoDocumentTypes.entries()) {
    typeIds.set(type.slug, (await db.documentType.create({ data: { ...type, position } })).id);
  }
  const fieldIds = new Map<string, number>();
  for (const [position, field] of demoFields.entries()) {
    fieldIds.set(field.slug, (await db.documentField.create({ data: { ...field, position } })).id);
  }
  const bodyIds = new Map<string, number>();
  for (const [position, body] of demoIssuingBodies.entries()) {
    bodyIds.set(body.slug, (await db.issuingBody.create({ data: { ...body, position } })).id);
  }
  const signerIds = new Map<string, number>();
  for (const signer of demoSigners) {
    signerIds.set(signer.name, (await db.signer.create({ data: signer })).id);
  }

  await mkdir(uploadDir(), { recursive: true });
  const documentIds = new Map<string, number>();
  for (const document of demoDocuments) {
    const typeName = demoDocumentTypes.find((type) => type.slug === document.type)!.name;
    const row = await db.document.create({
      data: {
        number: document.number,
        title: document.title,
        slug: slugify(document.title),
        abstract: document.abstract,
        bodyText: document.pages.join("\n\n"),
        typeId: typeIds.get(document.type)!,
        issuingBodyId: bodyIds.get(document.issuingBody)!,
        signerId: signerIds.get(document.signer) ?? null,
        issuedAt: parseDay(document.issuedAt),
        effectiveAt: document.effectiveAt ? parseDay(document.effectiveAt) : null,
        expiresAt: document.expiresAt ? parseDay(document.expiresAt) : null,
        downloadAccess: document.signedInOnly ? "signed-in" : "public",
        viewCount: 30 + (stableNumber(document.number) % 900),
        downloadCount: 5 + (stableNumber(`${document.number}/d`) % 250),
        searchText: documentSearchText(document),
        createdById: adminId,
        fields: { create: document.fields.map((slug) => ({ fieldId: fieldIds.get(slug)! })) },
      },
    });
    documentIds.set(document.number, row.id);
    await attachGeneratedPdf(db, row, document, typeName);
  }
  for (const document of demoDocuments) {
    const fromId = documentIds.get(document.number)!;
    const links = [
      ...(document.replaces ?? []).map((number) => ({ number, kind: "replaces" })),
      ...(document.related ?? []).map((number) => ({ number, kind: "related" })),
    ];
    for (const link of links) {
      await db.documentRelation.create({ data: { fromId, toId: documentIds.get(link.number)!, kind: link.kind } });
    }
  }
}

/** The document's own PDF, under a stored name derived from its number (the same in every seeded database). */
async function attachGeneratedPdf(
  db: SeedContext["db"],
  row: { id: number; issuedAt: Date },
  document: (typeof demoDocuments)[number],
  typeName: string,
) {
  const signer = demoSigners.find((candidate) => candidate.name === document.signer);
  const bytes = await renderDocumentPdf({
    number: document.number,
    title: document.title,
    typeName,
    issuingBodyName: demoIssuingBodies.find((body) => body.slug === document.issuingBody)!.name,
    issuedAt: row.issuedAt,
    paragraphs: document.pages,
    signer: signer ? { name: signer.name, position: signer.position } : null,
  });
  const storedName = `van-ban-${slugify(document.number)}.pdf`;
  await writeFile(storedFilePath(storedName), bytes);
  await db.documentFile.create({
    data: {
      documentId: row.id,
      fileName: `${typeName} số ${document.number.replaceAll("/", "-")}.pdf`,
      storedName,
      mimeType: "application/pdf",
      size: bytes.length,
    },
  });
}
