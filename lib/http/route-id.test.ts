import { describe, expect, it } from "vitest";
import { NotFoundError } from "@/lib/errors/domain-error";
import { parseRouteId } from "./route-id";

describe("parseRouteId", () => {
  it("accepts positive integers that fit the id column and finds nothing for anything else", () => {
    expect(parseRouteId("42")).toBe(42);
    expect(parseRouteId("2147483647")).toBe(2_147_483_647);
    for (const value of ["0", "-1", "abc", "1e3", "..%2F", "2147483648", "99999999999"]) {
      expect(() => parseRouteId(value), value).toThrow(NotFoundError);
    }
    expect(() => parseRouteId("x", "Không tìm thấy bài viết.")).toThrow("Không tìm thấy bài viết.");
  });
});
