import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Db, getDb } from "@/lib/db/client";
import { demoDocuments } from "@/prisma/seed/content/demo-content";
import { parseDocumentFilters } from "./list-filters";
import { getPublicDocument, listLatestDocuments, listPublicDocuments } from "./queries";
import { documentValidity } from "./visibility";

// Runs against the seeded database (tests/integration-setup.ts); expected sets come from the
// demo content the seed loaded, not from the code under test.
const ALL = { page: 1, perPage: 1000 };
let db: Db;
let draftId: number;

const numbers = async (params: Record<string, string>) =>
  (await listPublicDocuments(parseDocumentFilters(params), ALL)).items.map((document) => document.number).sort();
const demoNumbers = (keep: (document: (typeof demoDocuments)[number]) => boolean) =>
  demoDocuments.filter(keep).map((document) => document.number).sort();

beforeAll(async () => {
  db = await getDb();
  const type = await db.documentType.findFirstOrThrow({ where: { slug: "cong-van" } });
  const body = await db.issuingBody.findFirstOrThrow();
  draftId = (
    await db.document.create({
      data: {
        number: "999/NHAP-KT",
        title: "Công văn nháp chưa đăng",
        slug: "cong-van-nhap",
        searchText: "999/nhap-kt cong van nhap chua dang",
        typeId: type.id,
        issuingBodyId: body.id,
        issuedAt: new Date(),
        status: "draft",
      },
    })
  ).id;
});

afterAll(async () => {
  await db.document.delete({ where: { id: draftId } });
});

describe("listPublicDocuments filters", () => {
  it("finds by keyword regardless of diacritics and case, over number, title and abstract", async () => {
    const plain = await numbers({ q: "cong van" });
    expect(plain.length).toBeGreaterThan(0);
    expect(await numbers({ q: "Công Văn" })).toEqual(plain);
    expect(await numbers({ q: "CÔNG VĂN" })).toEqual(plain);
    expect(await numbers({ q: "5127/UBND-KT" })).toEqual(["5127/UBND-KT"]);
    expect(await numbers({ q: "giải ngân vốn đầu tư công" })).toContain("5127/UBND-KT");
    expect(await numbers({ q: "khong-co-van-ban-nao-nhu-the-nay" })).toEqual([]);
  });

  it("never lists drafts", async () => {
    expect(await numbers({ q: "nhap chua dang" })).toEqual([]);
    expect(await getPublicDocument(draftId)).toBeNull();
    expect((await listLatestDocuments(50)).map((document) => document.id)).not.toContain(draftId);
  });

  it("filters by type, field, issuing body and signer", async () => {
    expect(await numbers({ loai: "cong-van" })).toEqual(demoNumbers((d) => d.type === "cong-van"));
    expect(await numbers({ "linh-vuc": "noi-vu" })).toEqual(demoNumbers((d) => d.fields.includes("noi-vu")));
    expect(await numbers({ "co-quan": "so-tai-chinh" })).toEqual(demoNumbers((d) => d.issuingBody === "so-tai-chinh"));
    const signer = await db.signer.findFirstOrThrow({ where: { name: "Ngô Thị Lan Anh" } });
    expect(await numbers({ "nguoi-ky": String(signer.id) })).toEqual(demoNumbers((d) => d.signer === "Ngô Thị Lan Anh"));
    expect(await numbers({ loai: "cong-van", "co-quan": "ubnd-tinh" })).toEqual(
      demoNumbers((d) => d.type === "cong-van" && d.issuingBody === "ubnd-tinh"),
    );
    expect(await numbers({ loai: "khong-ton-tai" })).toEqual([]);
  });

  it("splits documents by validity", async () => {
    const now = new Date();
    const all = (await listPublicDocuments({}, ALL)).items;
    const inForce = await numbers({ "hieu-luc": "con" });
    const expired = await numbers({ "hieu-luc": "het" });
    expect(inForce).toEqual(all.filter((d) => documentValidity(d, now) === "in-force").map((d) => d.number).sort());
    expect(expired).toEqual(all.filter((d) => documentValidity(d, now) === "expired").map((d) => d.number).sort());
    expect(expired.length).toBeGreaterThan(0);
    expect(expired).toEqual(demoNumbers((d) => !!d.expiresAt && new Date(`${d.expiresAt}T08:00:00+07:00`) <= now));
  });

  it("filters by issue-date range, both ends inclusive, in Vietnam's calendar", async () => {
    const day = demoDocuments[0].issuedAt;
    expect(await numbers({ "tu-ngay": day, "den-ngay": day })).toEqual(demoNumbers((d) => d.issuedAt === day));
    expect(await numbers({ "tu-ngay": "2026-01-01" })).toEqual(demoNumbers((d) => d.issuedAt >= "2026-01-01"));
    expect(await numbers({ "den-ngay": "2025-06-30" })).toEqual(demoNumbers((d) => d.issuedAt <= "2025-06-30"));
    // A malformed date is ignored rather than failing the list.
    expect(await numbers({ "tu-ngay": "2026-02-31" })).toEqual(demoNumbers(() => true));
  });

  it("pages newest first", async () => {
    const first = await listPublicDocuments({}, { page: 1, perPage: 10 });
    const second = await listPublicDocuments({}, { page: 2, perPage: 10 });
    expect(first.total).toBe(demoDocuments.length);
    const dates = [...first.items, ...second.items].map((document) => document.issuedAt.getTime());
    expect(dates).toEqual([...dates].sort((a, b) => b - a));
    expect(new Set([...first.items, ...second.items].map((document) => document.id)).size).toBe(20);
  });
});
