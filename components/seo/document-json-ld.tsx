import { documentData } from "@/lib/seo/structured-data";
import { JsonLd } from "./json-ld";

/**
 * A library document as schema.org Legislation or DigitalDocument. For the document page of
 * /van-ban/<slug>-<id>: pass the document with its type, issuing body and signer.
 */
export function DocumentJsonLd({ document }: { document: Parameters<typeof documentData>[0] }) {
  return <JsonLd data={documentData(document)} />;
}
