import { describe, expect, it } from "vitest";
import { commentInput } from "./comment-input";

const valid = { name: "Nguyễn Văn An", email: "an@example.vn", content: "Bài viết rất hữu ích." };
const firstError = (input: unknown) => commentInput.safeParse(input).error?.issues[0].message;

describe("commentInput", () => {
  it("accepts a plain comment and normalises its text", () => {
    const parsed = commentInput.parse({ ...valid, name: "  Trần   Thị\tBình ", content: "Dòng một\r\nDòng hai\u0007  ", parentId: 3 });
    expect(parsed.name).toBe("Trần Thị Bình");
    expect(parsed.content).toBe("Dòng một\nDòng hai");
    expect(parsed.parentId).toBe(3);
  });

  it("limits the name to 1–100 characters, counted as a reader sees them", () => {
    expect(firstError({ ...valid, name: "   " })).toBe("Vui lòng nhập họ tên.");
    expect(commentInput.safeParse({ ...valid, name: "Đ".repeat(100) }).success).toBe(true);
    // Decomposed input (e + combining marks) is composed first, so it counts as 100 letters.
    expect(commentInput.safeParse({ ...valid, name: "e\u0302\u0301".repeat(100) }).success).toBe(true);
    expect(firstError({ ...valid, name: "a".repeat(101) })).toMatch(/tối đa 100/);
  });

  it("limits the content to 2–5,000 characters", () => {
    expect(firstError({ ...valid, content: " a " })).toMatch(/ít nhất 2/);
    expect(commentInput.safeParse({ ...valid, content: "ệ".repeat(5_000) }).success).toBe(true);
    expect(firstError({ ...valid, content: "ệ".repeat(5_001) })).toMatch(/tối đa 5\.000/);
  });

  it("requires a valid email and rejects wrong types", () => {
    expect(firstError({ ...valid, email: "khong-phai-email" })).toBe("Email không hợp lệ.");
    expect(firstError({ name: valid.name, content: valid.content })).toBe("Vui lòng nhập email.");
    expect(commentInput.safeParse({ ...valid, parentId: "2" }).success).toBe(false);
    expect(commentInput.safeParse({ ...valid, parentId: 0 }).success).toBe(false);
    expect(commentInput.safeParse({ ...valid, content: 42 }).success).toBe(false);
  });
});
