import { describe, expect, it } from "vitest";
import { documentValidity } from "./visibility";

const now = new Date("2026-06-01T00:00:00Z");
const at = (iso: string) => new Date(iso);

describe("documentValidity", () => {
  it("is in force between its effective and expiry dates", () => {
    expect(documentValidity({ status: "published", effectiveAt: null, expiresAt: null }, now)).toBe("in-force");
    expect(documentValidity({ status: "published", effectiveAt: at("2026-05-31T00:00:00Z"), expiresAt: at("2026-06-02T00:00:00Z") }, now)).toBe(
      "in-force",
    );
  });

  it("is not yet in force before its effective date, and expired from its expiry or when retired", () => {
    expect(documentValidity({ status: "published", effectiveAt: at("2026-06-02T00:00:00Z"), expiresAt: null }, now)).toBe("not-yet");
    expect(documentValidity({ status: "published", effectiveAt: null, expiresAt: now }, now)).toBe("expired");
    expect(documentValidity({ status: "retired", effectiveAt: null, expiresAt: null }, now)).toBe("expired");
  });
});
