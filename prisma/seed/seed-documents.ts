import { documentSearchText } from "@/lib/documents/search-text";
import { slugify } from "@/lib/text/slugify";
import {
  demoDocumentTypes,
  demoDocuments,
  demoFields,
  demoIssuingBodies,
  demoSigners,
} from "./content/documents";
import type { SeedContext } from "./seed-demo-content";
import { stableNumber } from "./stable-number";

const parseDay = (day: string) => new Date(`${day}T08:00:00+07:00`);

/** The document library: types, fields, issuing bodies, signers, numbered documents and their links. */
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

  const documentIds = new Map<string, number>();
  for (const document of demoDocuments) {
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
