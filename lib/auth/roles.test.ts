import { describe, expect, it } from "vitest";
import { can, isRole } from "./roles";

describe("can", () => {
  it("lets every role enter the editor area and write", () => {
    for (const role of ["editor", "publisher", "admin"] as const) {
      expect(can(role, "editor-area.enter")).toBe(true);
      expect(can(role, "article.write")).toBe(true);
    }
  });

  it("keeps publishing and moderation from editors", () => {
    expect(can("editor", "article.publish")).toBe(false);
    expect(can("editor", "comment.moderate")).toBe(false);
    expect(can("publisher", "article.publish")).toBe(true);
    expect(can("publisher", "comment.moderate")).toBe(true);
  });

  it("keeps users, categories and the audit log for admins", () => {
    for (const permission of ["user.manage", "category.manage", "audit.read"] as const) {
      expect(can("publisher", permission)).toBe(false);
      expect(can("admin", permission)).toBe(true);
    }
  });

  it("refuses anonymous visitors", () => {
    expect(can(null, "editor-area.enter")).toBe(false);
    expect(can(undefined, "article.write")).toBe(false);
  });
});

describe("isRole", () => {
  it("accepts only known roles", () => {
    expect(isRole("admin")).toBe(true);
    expect(isRole("root")).toBe(false);
    expect(isRole(undefined)).toBe(false);
  });
});
