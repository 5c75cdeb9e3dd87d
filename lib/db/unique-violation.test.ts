import { describe, expect, it } from "vitest";
import { Prisma } from "@/generated/sqlite/client";
import { isUniqueViolation } from "./unique-violation";

const known = (code: string) => new Prisma.PrismaClientKnownRequestError("failed", { code, clientVersion: "6.19.3" });

describe("isUniqueViolation", () => {
  it("is true for a unique constraint failure and false for every other failure", () => {
    expect(isUniqueViolation(known("P2002"))).toBe(true);
    // The PostgreSQL client's error is another class with the same code: the code decides.
    expect(isUniqueViolation({ code: "P2002" })).toBe(true);
    for (const other of [known("P2025"), known("P2003"), new Error("P2002"), null, undefined, "P2002"]) {
      expect(isUniqueViolation(other)).toBe(false);
    }
  });
});
