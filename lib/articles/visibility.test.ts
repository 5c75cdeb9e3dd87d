import { describe, expect, it } from "vitest";
import { displayStatus, isPublic, publicArticleWhere } from "./visibility";

const now = new Date("2026-11-26T03:00:00Z");
const hourAgo = new Date(now.getTime() - 3_600_000);
const inAnHour = new Date(now.getTime() + 3_600_000);

describe("isPublic", () => {
  it("is true only for a published article whose time has come and not passed", () => {
    expect(isPublic({ status: "published", publishedAt: hourAgo, expiresAt: null }, now)).toBe(true);
    expect(isPublic({ status: "published", publishedAt: hourAgo, expiresAt: inAnHour }, now)).toBe(true);
  });

  it("hides drafts, reviews, rejected and suspended articles whatever their dates", () => {
    for (const status of ["draft", "review", "rejected", "suspended"]) {
      expect(isPublic({ status, publishedAt: hourAgo, expiresAt: null }, now)).toBe(false);
    }
  });

  it("hides scheduled articles until their time, then shows them", () => {
    const scheduled = { status: "published", publishedAt: inAnHour, expiresAt: null };
    expect(isPublic(scheduled, now)).toBe(false);
    expect(displayStatus(scheduled, now)).toBe("scheduled");
    expect(isPublic(scheduled, new Date(inAnHour.getTime()))).toBe(true);
  });

  it("hides expired articles from the expiry instant on", () => {
    const expiring = { status: "published", publishedAt: hourAgo, expiresAt: now };
    expect(isPublic(expiring, now)).toBe(false);
    expect(displayStatus(expiring, now)).toBe("expired");
    expect(isPublic(expiring, new Date(now.getTime() - 1))).toBe(true);
  });

  it("treats a published article without a publication time as not yet public", () => {
    expect(isPublic({ status: "published", publishedAt: null, expiresAt: null }, now)).toBe(false);
  });
});

describe("publicArticleWhere", () => {
  it("expresses the same rule as a database filter", () => {
    expect(publicArticleWhere(now)).toEqual({
      status: "published",
      publishedAt: { lte: now },
      OR: [{ expiresAt: null }, { expiresAt: { gt: now } }],
    });
  });
});
