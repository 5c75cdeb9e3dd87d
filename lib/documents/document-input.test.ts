import { describe, expect, it } from "vitest";
import { documentInputSchema } from "./document-input";

const valid = {
  number: "12/QĐ-UBND",
  title: "Quyết định ban hành quy chế",
  typeId: "1",
  fieldIds: ["2"],
  issuingBodyId: "3",
  signerId: "",
  issuedAt: "2026-03-10",
  effectiveAt: "",
  expiresAt: "",
  downloadAccess: "public",
  status: "draft",
};

const firstError = (input: Record<string, unknown>) => {
  const result = documentInputSchema.safeParse(input);
  return result.success ? null : result.error.issues[0].message;
};

describe("documentInputSchema", () => {
  it("accepts a complete document and reads dates as days in Vietnam", () => {
    const parsed = documentInputSchema.parse({ ...valid, effectiveAt: "2026-03-10", expiresAt: "2027-01-01" });
    expect(parsed.issuedAt.toISOString()).toBe("2026-03-09T17:00:00.000Z");
    expect(parsed.fieldIds).toEqual([2]);
    expect(parsed.signerId).toBeNull();
  });

  it("requires type, at least one field, issuing body and issue date", () => {
    expect(firstError({ ...valid, typeId: "" })).toBe("Hãy chọn loại văn bản.");
    expect(firstError({ ...valid, fieldIds: [] })).toBe("Hãy chọn ít nhất một lĩnh vực.");
    expect(firstError({ ...valid, issuingBodyId: "" })).toBe("Hãy chọn cơ quan ban hành.");
    expect(firstError({ ...valid, issuedAt: "" })).toBe("Hãy nhập ngày ban hành.");
  });

  it("keeps the effective date on or after the issue date, and the expiry after both", () => {
    expect(firstError({ ...valid, effectiveAt: "2026-03-09" })).toBe("Ngày có hiệu lực không được trước ngày ban hành.");
    expect(firstError({ ...valid, expiresAt: "2026-03-10" })).toBe("Ngày hết hiệu lực phải sau ngày ban hành và ngày có hiệu lực.");
    expect(firstError({ ...valid, effectiveAt: "2026-06-01", expiresAt: "2026-05-01" })).toBe(
      "Ngày hết hiệu lực phải sau ngày ban hành và ngày có hiệu lực.",
    );
    expect(firstError({ ...valid, effectiveAt: "2026-03-10", expiresAt: "2026-03-11" })).toBeNull();
  });
});
