import { describe, expect, it } from "vitest";
import { articleSearchText, htmlToText } from "./search-text";

describe("htmlToText", () => {
  it("drops tags and decodes entities", () => {
    expect(htmlToText("<p>Cầu&nbsp;<b>Đà Giang</b> &amp; đường</p><figure><figcaption>Ảnh &#7847;</figcaption></figure>")).toBe(
      "Cầu Đà Giang & đường Ảnh ầ",
    );
  });
});

describe("articleSearchText", () => {
  it("folds title, summary and body into one searchable string", () => {
    expect(articleSearchText({ title: "Khánh thành", summary: "Tại HÀ NỘI", bodyHtml: "<p>Đà Nẵng</p>" })).toBe(
      "khanh thanh tai ha noi da nang",
    );
  });
});
