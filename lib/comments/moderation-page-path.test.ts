import { describe, expect, it } from "vitest";
import { moderationListPath, moderationPagePath, parseModerationStatus } from "./moderation-page-path";

describe("moderation page paths", () => {
  it("returns to the list the editor acted from, with the notice", () => {
    const from = moderationListPath("approved", 3);
    expect(from).toBe("/quan-tri/binh-luan?trang-thai=approved&trang=3");
    expect(moderationPagePath(from, "hide")).toBe("/quan-tri/binh-luan?trang-thai=approved&trang=3&thong-bao=hide");
    expect(moderationPagePath(`${from}&thong-bao=approve`, "delete")).toBe("/quan-tri/binh-luan?trang-thai=approved&trang=3&thong-bao=delete");
  });

  it("never leaves the moderation page, whatever the form says", () => {
    for (const returnTo of ["https://evil.example/quan-tri/binh-luan?x", "//evil.example", "/dang-nhap?callbackUrl=x", ""]) {
      expect(moderationPagePath(returnTo, "approve")).toBe("/quan-tri/binh-luan?thong-bao=approve");
    }
  });

  it("reads the status filter: pending by default, null for anything unknown", () => {
    expect(parseModerationStatus(undefined)).toBe("pending");
    expect(parseModerationStatus("hidden")).toBe("hidden");
    expect(parseModerationStatus("xoa")).toBeNull();
    expect(parseModerationStatus(["approved"])).toBeNull();
  });
});
