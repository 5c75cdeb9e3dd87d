import { existsSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

import {
  demoArticles,
  demoCategories,
  demoDocuments,
  demoDocumentTypes,
  demoFields,
  demoImages,
  demoIssuingBodies,
  demoSigners,
} from "./demo-content";

const publicDir = fileURLToPath(new URL("../../../public", import.meta.url));
const publicFile = (webPath: string): string => join(publicDir, ...webPath.split("/").filter(Boolean));

const isPublished = (state: string | undefined): boolean => state === undefined;
const isoDate = /^\d{4}-\d{2}-\d{2}$/;
const validDate = (s: string): boolean => isoDate.test(s) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s);

/** Every user-visible string of an article, for the text checks. */
function articleTexts(a: (typeof demoArticles)[number]): string[] {
  return [
    a.title,
    a.summary,
    ...a.paragraphs,
    a.author,
    ...a.tags,
    ...(a.figure ? [a.figure.caption, a.figure.alt] : []),
    ...(a.source ? [a.source.name] : []),
  ];
}

describe("demo categories", () => {
  it("has exactly the six categories in order", () => {
    expect(demoCategories.map((c) => [c.slug, c.name])).toEqual([
      ["hoat-dong-lanh-dao", "Hoạt động lãnh đạo"],
      ["chi-dao-dieu-hanh", "Chỉ đạo - Điều hành"],
      ["kinh-te-xa-hoi", "Kinh tế - Xã hội"],
      ["van-hoa-du-lich", "Văn hóa - Du lịch"],
      ["cai-cach-hanh-chinh", "Cải cách hành chính"],
      ["quoc-phong-an-ninh", "Quốc phòng - An ninh"],
    ]);
    for (const c of demoCategories) expect(c.description.length).toBeGreaterThan(40);
  });
});

describe("demo images", () => {
  it("has unique keys whose SVG files exist, are small and accessible", () => {
    expect(demoImages.length).toBeGreaterThanOrEqual(12);
    expect(new Set(demoImages.map((i) => i.key)).size).toBe(demoImages.length);
    for (const img of demoImages) {
      expect(img.file).toBe(`/images/demo/${img.key}.svg`);
      expect([img.width, img.height]).toEqual([1200, 675]);
      expect(img.description.length).toBeGreaterThan(20);
      const path = publicFile(img.file);
      expect(existsSync(path), `${path} is missing: run npx tsx scripts/draw-demo-images.ts`).toBe(true);
      expect(statSync(path).size).toBeLessThan(20 * 1024);
      const svg = readFileSync(path, "utf8");
      expect(svg).toContain('role="img"');
      expect(svg).toMatch(/<title[^>]*>[^<]+<\/title>/);
      expect(svg).not.toMatch(/<text|<image|href="http|@import|url\(http/);
    }
  });

  it("has the site logo", () => {
    const logo = publicFile("/images/logo.svg");
    expect(existsSync(logo)).toBe(true);
    expect(readFileSync(logo, "utf8")).toContain('role="img"');
  });
});

describe("demo articles", () => {
  const categorySlugs = new Set(demoCategories.map((c) => c.slug));
  const imageKeys = new Set(demoImages.map((i) => i.key));

  it("has 72 articles, 12 per category", () => {
    expect(demoArticles).toHaveLength(72);
    for (const c of demoCategories) {
      const inCategory = demoArticles.filter((a) => a.category === c.slug);
      expect(inCategory, c.slug).toHaveLength(12);
      expect(inCategory.filter((a) => isPublished(a.state)).length, c.slug).toBeGreaterThanOrEqual(10);
    }
  });

  it("refers only to existing categories", () => {
    for (const a of demoArticles) expect(categorySlugs.has(a.category), a.title).toBe(true);
  });

  it("has unique titles", () => {
    expect(new Set(demoArticles.map((a) => a.title)).size).toBe(demoArticles.length);
  });

  it("has the expected editorial states, spread over different categories", () => {
    const byState = (s: string) => demoArticles.filter((a) => a.state === s);
    expect(demoArticles.filter((a) => isPublished(a.state)).length).toBeGreaterThanOrEqual(66);
    expect(byState("draft")).toHaveLength(4);
    expect(byState("review")).toHaveLength(1);
    expect(byState("scheduled")).toHaveLength(1);
    const unpublished = demoArticles.filter((a) => !isPublished(a.state));
    expect(new Set(unpublished.map((a) => a.category)).size).toBe(unpublished.length);
  });

  it("keeps unpublished titles out of published text", () => {
    const published = demoArticles.filter((a) => isPublished(a.state)).flatMap(articleTexts).join("\n");
    for (const a of demoArticles.filter((x) => !isPublished(x.state))) {
      expect(published.includes(a.title), a.title).toBe(false);
    }
  });

  it("respects the length and shape rules", () => {
    for (const a of demoArticles) {
      expect(a.title.length, a.title).toBeGreaterThanOrEqual(50);
      expect(a.title.length, a.title).toBeLessThanOrEqual(120);
      expect(a.summary.length, a.title).toBeGreaterThanOrEqual(150);
      expect(a.summary.length, a.title).toBeLessThanOrEqual(300);
      expect(a.paragraphs.length, a.title).toBeGreaterThanOrEqual(3);
      expect(a.paragraphs.length, a.title).toBeLessThanOrEqual(6);
      for (const p of a.paragraphs) {
        expect(p.length, `${a.title}: ${p.slice(0, 40)}`).toBeGreaterThanOrEqual(300);
        expect(p.length, `${a.title}: ${p.slice(0, 40)}`).toBeLessThanOrEqual(700);
        expect(p, a.title).not.toMatch(/[<>]/);
      }
      expect(a.tags.length, a.title).toBeGreaterThanOrEqual(1);
      expect(a.tags.length, a.title).toBeLessThanOrEqual(4);
      expect(a.author.trim().length, a.title).toBeGreaterThan(0);
    }
  });

  it("uses NFC text and only the fictional sonha.gov.vn domain", () => {
    for (const a of demoArticles) {
      for (const t of articleTexts(a)) expect(t, a.title).toBe(t.normalize("NFC"));
      if (a.source?.url) expect(new URL(a.source.url).hostname, a.title).toMatch(/(^|\.)sonha\.gov\.vn$/);
    }
  });

  it("has at least 40 figures pointing at existing images", () => {
    const withFigure = demoArticles.filter((a) => a.figure);
    expect(withFigure.length).toBeGreaterThanOrEqual(40);
    for (const a of withFigure) {
      const fig = a.figure!;
      expect(imageKeys.has(fig.image), `${a.title}: ${fig.image}`).toBe(true);
      expect(existsSync(publicFile(`/images/demo/${fig.image}.svg`))).toBe(true);
      expect(fig.caption.length).toBeGreaterThan(10);
      expect(fig.alt.length).toBeGreaterThan(10);
    }
  });

  it("mentions places spelled with Đ for search folding", () => {
    const published = demoArticles.filter((a) => isPublished(a.state)).flatMap(articleTexts).join("\n");
    expect(published).toContain("Đồng Tâm");
    expect(published).toContain("Đà Giang");
  });
});

describe("demo documents", () => {
  const types = new Set(demoDocumentTypes.map((t) => t.slug));
  const fields = new Set(demoFields.map((f) => f.slug));
  const bodies = new Map(demoIssuingBodies.map((b) => [b.slug, b.name]));
  const signers = new Map(demoSigners.map((s) => [s.name, s]));
  const byNumber = new Map(demoDocuments.map((d) => [d.number, d]));

  it("has the reference lists", () => {
    expect(demoDocumentTypes.map((t) => t.name)).toEqual([
      "Quyết định",
      "Chỉ thị",
      "Kế hoạch",
      "Công văn",
      "Thông báo",
      "Hướng dẫn",
      "Nghị quyết",
      "Báo cáo",
    ]);
    expect(demoFields).toHaveLength(9);
    expect(demoSigners.length).toBeGreaterThanOrEqual(5);
    expect(demoSigners.length).toBeLessThanOrEqual(6);
    for (const list of [demoDocumentTypes, demoFields, demoIssuingBodies]) {
      expect(new Set(list.map((x) => x.slug)).size).toBe(list.length);
    }
    expect(new Set(demoSigners.map((s) => s.name)).size).toBe(demoSigners.length);
    for (const s of demoSigners) expect([...bodies.values()]).toContain(s.office);
  });

  it("has 36 documents with unique numbers", () => {
    expect(demoDocuments).toHaveLength(36);
    expect(byNumber.size).toBe(36);
  });

  it("resolves every type, field, issuing body and signer", () => {
    for (const d of demoDocuments) {
      expect(types.has(d.type), d.number).toBe(true);
      expect(d.fields.length, d.number).toBeGreaterThanOrEqual(1);
      expect(d.fields.length, d.number).toBeLessThanOrEqual(2);
      for (const f of d.fields) expect(fields.has(f), `${d.number}: ${f}`).toBe(true);
      expect(bodies.has(d.issuingBody), d.number).toBe(true);
      const signer = signers.get(d.signer);
      expect(signer, d.number).toBeDefined();
      expect(signer!.office, d.number).toBe(bodies.get(d.issuingBody));
    }
  });

  it("has valid, ordered dates", () => {
    for (const d of demoDocuments) {
      expect(validDate(d.issuedAt), d.number).toBe(true);
      expect(d.issuedAt >= "2024-01-01" && d.issuedAt <= "2026-11-20", d.number).toBe(true);
      if (d.effectiveAt) {
        expect(validDate(d.effectiveAt), d.number).toBe(true);
        expect(d.effectiveAt >= d.issuedAt, d.number).toBe(true);
      }
      if (d.expiresAt) {
        expect(validDate(d.expiresAt), d.number).toBe(true);
        expect(d.expiresAt > d.issuedAt, d.number).toBe(true);
        if (d.effectiveAt) expect(d.expiresAt > d.effectiveAt, d.number).toBe(true);
      }
    }
    const expired = demoDocuments.filter((d) => d.expiresAt && d.expiresAt < "2026-11-20");
    const expiring = demoDocuments.filter((d) => d.expiresAt && d.expiresAt > "2026-11-20");
    expect(expired.length).toBeGreaterThanOrEqual(5);
    expect(expiring.length).toBeGreaterThanOrEqual(2);
  });

  it("replaces and relates only to other, existing documents", () => {
    let replacing = 0;
    for (const d of demoDocuments) {
      if (d.replaces?.length) replacing++;
      for (const n of d.replaces ?? []) {
        const old = byNumber.get(n);
        expect(old, `${d.number} replaces ${n}`).toBeDefined();
        expect(n).not.toBe(d.number);
        expect(old!.issuedAt < d.issuedAt, `${n} must be issued before ${d.number}`).toBe(true);
      }
      for (const n of d.related ?? []) {
        expect(byNumber.has(n), `${d.number} related ${n}`).toBe(true);
        expect(n).not.toBe(d.number);
      }
    }
    expect(replacing).toBeGreaterThanOrEqual(2);
    expect(replacing).toBeLessThanOrEqual(3);
  });

  it("numbers match the document type and issuing body", () => {
    const typeCode: Record<string, string> = {
      "quyet-dinh": "QĐ",
      "chi-thi": "CT",
      "ke-hoach": "KH",
      "thong-bao": "TB",
      "huong-dan": "HD",
      "nghi-quyet": "NQ",
      "bao-cao": "BC",
    };
    const bodyCode: Record<string, string> = {
      "ubnd-tinh": "UBND",
      "hdnd-tinh": "HĐND",
      "van-phong-ubnd-tinh": "VPUB",
      "so-noi-vu": "SNV",
      "so-tai-chinh": "STC",
    };
    for (const d of demoDocuments) {
      const body = bodyCode[d.issuingBody];
      expect(body, d.number).toBeDefined();
      if (d.type === "cong-van") {
        // Công văn: "3456/UBND-KT", "1182/SNV-CCHC"
        expect(d.number, d.number).toMatch(new RegExp(`^\\d+/${body}-[A-ZĐ]+$`));
      } else {
        // "125/QĐ-UBND" or, for legal normative documents, "08/2025/QĐ-UBND"
        const m = d.number.match(/^\d+\/(?:(\d{4})\/)?([A-ZĐ]+)-([A-ZĐ]+)$/);
        expect(m, d.number).not.toBeNull();
        expect(m![2], d.number).toBe(typeCode[d.type]);
        expect(m![3], d.number).toBe(body);
        if (m![1]) expect(m![1], d.number).toBe(d.issuedAt.slice(0, 4));
      }
    }
  });

  it("has text, and exactly two sign-in-only downloads", () => {
    expect(demoDocuments.filter((d) => d.signedInOnly)).toHaveLength(2);
    for (const d of demoDocuments) {
      expect(d.title.length, d.number).toBeGreaterThanOrEqual(60);
      expect(d.title.length, d.number).toBeLessThanOrEqual(200);
      expect(d.abstract.length, d.number).toBeGreaterThan(40);
      expect(d.pages.length, d.number).toBeGreaterThanOrEqual(2);
      expect(d.pages.length, d.number).toBeLessThanOrEqual(4);
      for (const t of [d.title, d.abstract, ...d.pages]) expect(t, d.number).toBe(t.normalize("NFC"));
    }
  });
});
