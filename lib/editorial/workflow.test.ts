import { describe, expect, it } from "vitest";
import type { CurrentUser } from "@/lib/auth/current-user";
import { availableActions, canEditArticle, canTakeAction } from "./workflow";

const user = (id: number, role: CurrentUser["role"]): CurrentUser => ({ id, role, email: `${role}@x`, name: role });
const editor = user(1, "editor");
const otherEditor = user(2, "editor");
const publisher = user(3, "publisher");
const admin = user(4, "admin");
const article = (status: string) => ({ status, createdById: editor.id });

describe("canEditArticle", () => {
  it("lets an editor change only their own drafts and rejected articles", () => {
    expect(canEditArticle(editor, article("draft"))).toBe(true);
    expect(canEditArticle(editor, article("rejected"))).toBe(true);
    for (const status of ["review", "published", "suspended"]) expect(canEditArticle(editor, article(status))).toBe(false);
    expect(canEditArticle(otherEditor, article("draft"))).toBe(false);
  });

  it("lets publishers and admins change any article", () => {
    for (const status of ["draft", "review", "published", "suspended"]) {
      expect(canEditArticle(publisher, article(status))).toBe(true);
      expect(canEditArticle(admin, article(status))).toBe(true);
    }
  });
});

describe("canTakeAction", () => {
  it("lets the author submit and withdraw, but never review or publish", () => {
    expect(availableActions(editor, article("draft"))).toEqual(["submit"]);
    expect(availableActions(editor, article("review"))).toEqual(["withdraw"]);
    expect(availableActions(editor, article("published"))).toEqual([]);
    expect(canTakeAction(otherEditor, article("draft"), "submit")).toBe(false);
  });

  it("lets a publisher review, publish and suspend", () => {
    expect(availableActions(publisher, article("review"))).toEqual(["withdraw", "reject", "publish"]);
    expect(availableActions(publisher, article("published"))).toEqual(["suspend"]);
    expect(availableActions(admin, article("suspended"))).toEqual(["publish"]);
  });

  it("refuses a transition from the wrong status", () => {
    expect(canTakeAction(publisher, article("draft"), "reject")).toBe(false);
    expect(canTakeAction(admin, article("published"), "publish")).toBe(false);
    expect(canTakeAction(admin, article("draft"), "suspend")).toBe(false);
  });
});
