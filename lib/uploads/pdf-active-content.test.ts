import { PDFDocument, PDFName, PDFString } from "pdf-lib";
import { describe, expect, it } from "vitest";
import { pdfRefusal } from "./pdf-active-content";

/** A one-page PDF, changed by `edit` before it is saved; object streams as most writers use them. */
async function pdf(edit: (document: PDFDocument) => void = () => {}, useObjectStreams = true): Promise<Uint8Array> {
  const document = await PDFDocument.create();
  document.addPage([595, 842]).drawText("Quyet dinh so 12/QD-UBND");
  edit(document);
  return document.save({ useObjectStreams });
}

const scriptAction = (document: PDFDocument) => document.context.obj({ S: "JavaScript", JS: PDFString.of("app.alert(1)") });

describe("pdfRefusal", () => {
  it("passes a plain document, and one that opens at its first page (a destination, not an action)", async () => {
    expect(await pdfRefusal(await pdf())).toBeNull();
    const atFirstPage = await pdf((document) => {
      document.catalog.set(PDFName.of("OpenAction"), document.context.obj([document.getPage(0).ref, PDFName.of("Fit")]));
    });
    expect(await pdfRefusal(atFirstPage)).toBeNull();
  });

  it("refuses a script run on opening, in an object stream or not", async () => {
    const opening = (document: PDFDocument) => document.catalog.set(PDFName.of("OpenAction"), scriptAction(document));
    expect(await pdfRefusal(await pdf(opening))).toBe("active-content");
    expect(await pdfRefusal(await pdf(opening, false))).toBe("active-content");
  });

  it("refuses scripts wherever they hang: a page's actions, the JavaScript names, a launch action", async () => {
    const pageAction = await pdf((document) => {
      document.getPage(0).node.set(PDFName.of("AA"), document.context.obj({ O: scriptAction(document) }));
    });
    const namedScript = await pdf((document) => {
      const scripts = document.context.obj({ Names: [PDFString.of("chay"), scriptAction(document)] });
      document.catalog.set(PDFName.of("Names"), document.context.obj({ JavaScript: scripts }));
    });
    const launch = await pdf((document) => {
      document.catalog.set(PDFName.of("OpenAction"), document.context.obj({ S: "Launch", F: PDFString.of("cmd.exe") }));
    });
    for (const bytes of [pageAction, namedScript, launch]) expect(await pdfRefusal(bytes)).toBe("active-content");
  });

  it("sees through names written with #-escapes", async () => {
    const bytes = Buffer.from(await pdf((document) => document.catalog.set(PDFName.of("OpenAction"), scriptAction(document)), false));
    const escaped = Buffer.from(bytes.toString("latin1").replace("/JavaScript", "/J#61vaScript").replace("/JS ", "/J#53 "), "latin1");
    expect(escaped.toString("latin1")).toContain("/J#61vaScript");
    expect(await pdfRefusal(escaped)).toBe("active-content");
  });

  it("refuses markup after the end of the file, and what is not a PDF at all", async () => {
    const polyglot = Buffer.concat([Buffer.from(await pdf()), Buffer.from("\n<html><script>alert(1)</script></html>")]);
    expect(await pdfRefusal(polyglot)).toBe("trailing-markup");
    expect(await pdfRefusal(Buffer.from("%PDF-1.4\n<html><script>alert(1)</script>"))).toBe("unreadable");
  });
});
