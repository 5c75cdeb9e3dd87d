import { randomUUID } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { PDFDocument, PDFName, PDFString } from "pdf-lib";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { POST as uploadFile } from "@/app/api/documents/[id]/files/route";
import { GET as getFile } from "@/app/api/documents/[id]/files/[fileId]/route";
import { POST as postView } from "@/app/api/documents/[id]/views/route";
import type { CurrentUser } from "@/lib/auth/current-user";
import { type Db, getDb } from "@/lib/db/client";
import { storedFilePath } from "@/lib/uploads/upload-dir";
import { VISITOR_COOKIE } from "@/lib/visitors/visitor-id";

// The route handlers, called directly. A visitor is the `vid` cookie in `jar` (or in a jar of its
// own for concurrent requests, `ownJar`), sent as a Cookie header; outside Next's request scope
// the signed-in user is stood in for by `currentUser`.
const { jar, ownJar } = await vi.hoisted(async () => {
  const { AsyncLocalStorage: Storage } = await import("node:async_hooks");
  return { jar: new Map<string, string>(), ownJar: new Storage<Map<string, string>>() };
});
let currentUser: CurrentUser | null = null;

vi.mock("next/headers", () => ({ headers: async () => new Headers() }));
vi.mock("@/lib/auth/current-user", async (importOriginal) => {
  const original = await importOriginal<typeof import("@/lib/auth/current-user")>();
  const { can } = await import("@/lib/auth/roles");
  const { ForbiddenError, UnauthenticatedError } = await import("@/lib/errors/domain-error");
  return {
    ...original,
    getCurrentUser: async () => currentUser,
    requirePermission: async (permission: Parameters<typeof can>[1]) => {
      if (!currentUser) throw new UnauthenticatedError();
      if (!can(currentUser.role, permission)) throw new ForbiddenError();
      return currentUser;
    },
  };
});

const BASE = "http://localhost:3000";
const BROWSER = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0 Safari/537.36";
const publisher: CurrentUser = { id: 1, email: "bientap@sonha.gov.vn", name: "Biên tập", role: "admin" };
let db: Db;
let publicDoc: { id: number; fileId: number; storedName: string; fileName: string; size: number };
let signedInDoc: { id: number; fileId: number };

const asVisitor = (visitorId = randomUUID()) => {
  jar.clear();
  jar.set(VISITOR_COOKIE, visitorId);
  return visitorId;
};
const visitorCookie = (): Record<string, string> => {
  const visitorId = (ownJar.getStore() ?? jar).get(VISITOR_COOKIE);
  return visitorId ? { cookie: `${VISITOR_COOKIE}=${visitorId}` } : {};
};
const fileRequest = (
  documentId: number,
  fileId: number | string,
  { query = "", headers = {} }: { query?: string; headers?: Record<string, string> } = {},
) =>
  getFile(new Request(`${BASE}/api/documents/${documentId}/files/${fileId}${query}`, { headers: { "user-agent": BROWSER, ...visitorCookie(), ...headers } }), {
    params: Promise.resolve({ id: String(documentId), fileId: String(fileId) }),
  });
const counters = (id: number) =>
  db.document.findUniqueOrThrow({ where: { id }, select: { viewCount: true, downloadCount: true } });

beforeAll(async () => {
  db = await getDb();
  const [first, restricted] = await Promise.all([
    db.document.findFirstOrThrow({ where: { downloadAccess: "public", status: "published" }, include: { files: true } }),
    db.document.findFirstOrThrow({ where: { downloadAccess: "signed-in", status: "published" }, include: { files: true } }),
  ]);
  const { id: fileId, storedName, fileName, size } = first.files[0];
  publicDoc = { id: first.id, fileId, storedName, fileName, size };
  signedInDoc = { id: restricted.id, fileId: restricted.files[0].id };
});

afterEach(() => {
  currentUser = null;
  delete process.env.DOCUMENT_UPLOAD_MAX_MB;
});

describe("GET /api/documents/{id}/files/{fileId}", () => {
  it("serves the seeded PDF with its type, a Vietnamese file name and nosniff", async () => {
    asVisitor();
    const response = await fileRequest(publicDoc.id, publicDoc.fileId);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/pdf");
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(response.headers.get("accept-ranges")).toBe("bytes");
    const disposition = response.headers.get("content-disposition")!;
    expect(disposition).toMatch(/^attachment; filename="[\x20-\x7e]+"; filename\*=UTF-8''/);
    expect(decodeURIComponent(disposition.split("UTF-8''")[1])).toBe(publicDoc.fileName);
    const body = Buffer.from(await response.arrayBuffer());
    expect(body.length).toBe(publicDoc.size);
    expect(body.subarray(0, 5).toString()).toBe("%PDF-");
    expect(body.equals(readFileSync(storedFilePath(publicDoc.storedName)))).toBe(true);
  });

  it("counts a download once per visitor per document, and again for another visitor", async () => {
    const before = (await counters(publicDoc.id)).downloadCount;
    asVisitor();
    await fileRequest(publicDoc.id, publicDoc.fileId);
    await fileRequest(publicDoc.id, publicDoc.fileId);
    expect((await counters(publicDoc.id)).downloadCount).toBe(before + 1);
    asVisitor();
    await fileRequest(publicDoc.id, publicDoc.fileId);
    expect((await counters(publicDoc.id)).downloadCount).toBe(before + 2);
  });

  it("does not count inline previews, later pieces of a ranged download, or crawlers", async () => {
    const before = (await counters(publicDoc.id)).downloadCount;
    asVisitor();
    const inline = await fileRequest(publicDoc.id, publicDoc.fileId, { query: "?inline=1" });
    expect(inline.headers.get("content-disposition")).toMatch(/^inline;/);
    expect(inline.headers.get("content-security-policy")).toBe("sandbox");
    await fileRequest(publicDoc.id, publicDoc.fileId, { headers: { range: "bytes=100-199" } });
    asVisitor();
    await fileRequest(publicDoc.id, publicDoc.fileId, { headers: { "user-agent": "Mozilla/5.0 (compatible; Googlebot/2.1)" } });
    expect((await counters(publicDoc.id)).downloadCount).toBe(before);
    asVisitor();
    await fileRequest(publicDoc.id, publicDoc.fileId, { headers: { range: "bytes=0-1023" } });
    expect((await counters(publicDoc.id)).downloadCount).toBe(before + 1);
  });

  it("answers Range requests with 206 and the exact bytes, and 416 beyond the end", async () => {
    asVisitor();
    const whole = readFileSync(storedFilePath(publicDoc.storedName));
    const partial = await fileRequest(publicDoc.id, publicDoc.fileId, { headers: { range: "bytes=10-49" } });
    expect(partial.status).toBe(206);
    expect(partial.headers.get("content-range")).toBe(`bytes 10-49/${whole.length}`);
    expect(partial.headers.get("content-length")).toBe("40");
    expect(Buffer.from(await partial.arrayBuffer()).equals(whole.subarray(10, 50))).toBe(true);

    const tail = await fileRequest(publicDoc.id, publicDoc.fileId, { headers: { range: "bytes=-16" } });
    expect(tail.status).toBe(206);
    expect(Buffer.from(await tail.arrayBuffer()).equals(whole.subarray(whole.length - 16))).toBe(true);

    const beyond = await fileRequest(publicDoc.id, publicDoc.fileId, { headers: { range: `bytes=${whole.length}-` } });
    expect(beyond.status).toBe(416);
    expect(beyond.headers.get("content-range")).toBe(`bytes */${whole.length}`);

    const stale = await fileRequest(publicDoc.id, publicDoc.fileId, { headers: { range: "bytes=0-9", "if-range": '"other"' } });
    expect(stale.status).toBe(200);
  });

  it("enforces signed-in-only downloads itself: 401 JSON, a sign-in redirect for browsers, the file once signed in", async () => {
    asVisitor();
    const before = (await counters(signedInDoc.id)).downloadCount;
    const api = await fileRequest(signedInDoc.id, signedInDoc.fileId);
    expect(api.status).toBe(401);
    expect((await api.json()).error).toMatch(/đăng nhập/);
    const browser = await fileRequest(signedInDoc.id, signedInDoc.fileId, { headers: { accept: "text/html,*/*" } });
    expect(browser.status).toBe(303);
    expect(browser.headers.get("location")).toMatch(/^\/dang-nhap\?callbackUrl=%2Fvan-ban%2F/);
    expect((await counters(signedInDoc.id)).downloadCount).toBe(before);
    currentUser = publisher;
    const allowed = await fileRequest(signedInDoc.id, signedInDoc.fileId);
    expect(allowed.status).toBe(200);
    expect(allowed.headers.get("cache-control")).toMatch(/private/);
    expect((await counters(signedInDoc.id)).downloadCount).toBe(before + 1);
  });

  it("answers 404 for any file id that is not one of the document's files, traversal attempts included", async () => {
    asVisitor();
    expect((await fileRequest(publicDoc.id, signedInDoc.fileId)).status).toBe(404);
    expect((await fileRequest(signedInDoc.id, publicDoc.fileId)).status).toBe(404);
    for (const fileId of ["..%2F..%2Fpackage.json", "../../package.json", "%2e%2e%2f%2e%2e%2fetc%2fpasswd", "1.pdf", "0", "-1", "99999999999"]) {
      const response = await fileRequest(publicDoc.id, fileId);
      expect(response.status, fileId).toBe(404);
    }
    // Even a row whose stored name was tampered with in the database is never opened.
    const tampered = await db.documentFile.create({
      data: { documentId: publicDoc.id, fileName: "x.pdf", storedName: "../../package.json", mimeType: "application/pdf", size: 1 },
    });
    try {
      expect((await fileRequest(publicDoc.id, tampered.id)).status).toBe(404);
    } finally {
      await db.documentFile.delete({ where: { id: tampered.id } });
    }
  });
});

describe("rate limits on document files", () => {
  it("lets one visitor make 300 file requests in 10 minutes, then answers 429 with Retry-After", async () => {
    asVisitor();
    const headers = { "x-forwarded-for": "203.0.113.61" };
    const request = () => fileRequest(publicDoc.id, publicDoc.fileId, { headers: { ...headers, range: "bytes=100-199" } });
    for (let index = 0; index < 300; index++) expect((await request()).status).toBe(206);
    const refused = await request();
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("Retry-After"))).toBeGreaterThan(0);
    expect((await refused.json()).error).toMatch(/thử lại/);
    // A colleague behind the same address still downloads.
    asVisitor();
    expect((await request()).status).toBe(206);
  });
});

describe("POST /api/documents/{id}/views", () => {
  const view = (id: number | string, headers: Record<string, string> = {}) =>
    postView(new Request(`${BASE}/api/documents/${id}/views`, { method: "POST", headers: { "user-agent": BROWSER, ...visitorCookie(), ...headers } }), {
      params: Promise.resolve({ id: String(id) }),
    });

  it("counts once per visitor, returns the live numbers, and skips crawlers", async () => {
    const { viewCount: before, downloadCount: downloads } = await counters(publicDoc.id);
    asVisitor();
    expect(await (await view(publicDoc.id)).json()).toEqual({ views: before + 1, downloads, counted: true });
    expect(await (await view(publicDoc.id)).json()).toEqual({ views: before + 1, downloads, counted: false });
    asVisitor();
    expect(await (await view(publicDoc.id, { "user-agent": "bingbot/2.0" })).json()).toEqual({ views: before + 1, downloads, counted: false });
  });

  it("loses no update when many visitors view at once, and counts one of many racing requests of one visitor", async () => {
    const before = (await counters(publicDoc.id)).viewCount;
    asVisitor();
    const racing = await Promise.all(Array.from({ length: 15 }, () => view(publicDoc.id).then((r) => r.json())));
    expect(racing.filter((body) => body.counted)).toHaveLength(1);
    // Fifteen visitors at once, each request with its own cookie jar.
    await Promise.all(
      Array.from({ length: 15 }, () => ownJar.run(new Map([[VISITOR_COOKIE, randomUUID()]]), () => view(publicDoc.id))),
    );
    expect((await counters(publicDoc.id)).viewCount).toBe(before + 16);
  });

  it("gives a browser without an id a visitor cookie, and knows it by that cookie afterwards", async () => {
    jar.clear();
    const first = await view(publicDoc.id);
    expect((await first.json()).counted).toBe(true);
    const [cookie] = first.headers.getSetCookie();
    expect(cookie).toMatch(new RegExp(`^${VISITOR_COOKIE}=[0-9a-f-]{36}; Path=/; Max-Age=\\d+;.*HttpOnly; SameSite=Lax$`));
    jar.set(VISITOR_COOKIE, cookie.split(";")[0].slice(VISITOR_COOKIE.length + 1));
    const again = await view(publicDoc.id);
    expect((await again.json()).counted).toBe(false);
    expect(again.headers.getSetCookie()).toEqual([]);
  });

  it("answers 404 for drafts and unknown ids", async () => {
    asVisitor();
    expect((await view(999_999)).status).toBe(404);
    expect((await view("abc")).status).toBe(404);
  });

  it("lets one visitor send 120 views in 10 minutes, then answers 429 with Retry-After and counts nothing more", async () => {
    asVisitor();
    const headers = { "x-forwarded-for": "203.0.113.62" };
    for (let index = 0; index < 120; index++) expect((await view(publicDoc.id, headers)).status).toBe(200);
    const before = (await counters(publicDoc.id)).viewCount;
    const refused = await view(publicDoc.id, headers);
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("Retry-After"))).toBeGreaterThan(0);
    expect((await counters(publicDoc.id)).viewCount).toBe(before);
  });
});

describe("POST /api/documents/{id}/files (editor upload)", () => {
  const upload = (documentId: number, file: File) => {
    const form = new FormData();
    form.set("file", file);
    return uploadFile(new Request(`${BASE}/api/documents/${documentId}/files`, { method: "POST", body: form }), {
      params: Promise.resolve({ id: String(documentId) }),
    });
  };
  // A real one-page PDF (the server reads every PDF it is given), padded to `size` bytes at least.
  const pdf = async (name: string, size = 2000, edit: (document: PDFDocument) => void = () => {}) => {
    const document = await PDFDocument.create();
    document.addPage();
    edit(document);
    const bytes = Buffer.from(await document.save());
    return new File([Buffer.concat([bytes, Buffer.alloc(Math.max(0, size - bytes.length), 0x20)])], name);
  };

  it("refuses visitors and roles without document.manage", async () => {
    expect((await upload(publicDoc.id, await pdf("a.pdf"))).status).toBe(401);
    currentUser = { ...publisher, role: "editor" };
    expect((await upload(publicDoc.id, await pdf("a.pdf"))).status).toBe(403);
  });

  it("stores an accepted file under a generated name and keeps the Vietnamese name for display", async () => {
    currentUser = publisher;
    const response = await upload(publicDoc.id, await pdf("../../Phụ lục số 1.pdf"));
    expect(response.status).toBe(201);
    const created = await response.json();
    const row = await db.documentFile.findUniqueOrThrow({ where: { id: created.id } });
    expect(row.fileName).toBe("Phụ lục số 1.pdf");
    expect(row.storedName).toMatch(/^van-ban-[0-9a-f-]{36}\.pdf$/);
    expect(existsSync(storedFilePath(row.storedName))).toBe(true);
    const audit = await db.auditLog.findFirst({ where: { action: "document.file-add", targetId: publicDoc.id }, orderBy: { id: "desc" } });
    expect(audit?.userId).toBe(publisher.id);
    await db.documentFile.delete({ where: { id: row.id } });
  });

  it("refuses oversized files with 413", async () => {
    currentUser = publisher;
    process.env.DOCUMENT_UPLOAD_MAX_MB = "0.01";
    const response = await upload(publicDoc.id, await pdf("lon.pdf", 20_000));
    expect(response.status).toBe(413);
    expect((await response.json()).error).toMatch(/dung lượng/);
  });

  it("refuses disguised files and extensions that are not accepted", async () => {
    currentUser = publisher;
    const cases = [
      new File(["<html><script>alert(1)</script></html>"], "bao-cao.pdf"),
      new File([Buffer.from("MZ\x90\x00\x03\x00\x00\x00", "latin1")], "bieu-mau.docx"),
      new File([Buffer.from("%PDF-1.4\n")], "bang-tinh.xlsx"),
      new File([Buffer.from("%PDF-1.4\n")], "trang.html"),
      new File([Buffer.from("%PDF-1.4\n")], "khong-duoi"),
    ];
    const filesBefore = await db.documentFile.count();
    for (const file of cases) {
      const response = await upload(publicDoc.id, file);
      expect(response.status, file.name).toBe(400);
    }
    expect(await db.documentFile.count()).toBe(filesBefore);
  });

  it("refuses a PDF that runs a script when opened, and one with a page of HTML after its end", async () => {
    currentUser = publisher;
    const filesBefore = await db.documentFile.count();
    const scripted = await pdf("thong-bao.pdf", 2000, (document) => {
      document.catalog.set(PDFName.of("OpenAction"), document.context.obj({ S: "JavaScript", JS: PDFString.of("app.alert(1)") }));
    });
    const response = await upload(publicDoc.id, scripted);
    expect(response.status).toBe(400);
    expect((await response.json()).error).toMatch(/^Tệp PDF có chứa mã lệnh \(JavaScript\)/);
    const plain = Buffer.from(await (await pdf("a.pdf", 0)).arrayBuffer());
    const polyglot = new File([plain, "<html><body><script>alert(document.cookie)</script>"], "bao-cao.pdf");
    const second = await upload(publicDoc.id, polyglot);
    expect(second.status).toBe(400);
    expect((await second.json()).error).toMatch(/sau phần kết thúc tệp/);
    expect(await db.documentFile.count()).toBe(filesBefore);
  });
});
