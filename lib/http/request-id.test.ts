import { describe, expect, it } from "vitest";
import { requestIdOf } from "./request-id";

describe("requestIdOf", () => {
  it("keeps an incoming id that looks like one, and draws a new one otherwise", () => {
    expect(requestIdOf(new Headers({ "x-request-id": "Ab9._-xyz" }))).toBe("Ab9._-xyz");
    for (const bad of ["short", "a b c d e f g h", "x".repeat(65)]) {
      const drawn = requestIdOf(new Headers({ "x-request-id": bad }));
      expect(drawn).not.toBe(bad);
      expect(drawn).toMatch(/^[0-9a-f-]{36}$/);
    }
    expect(requestIdOf(new Headers())).not.toBe(requestIdOf(new Headers()));
  });
});
