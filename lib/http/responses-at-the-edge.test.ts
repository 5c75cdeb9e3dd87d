import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

// The domain knows no HTTP: it answers data or throws a DomainError, and only the route edge
// (app/, server/, lib/http/) turns that into a Response. A domain module building one would be
// a route handler in disguise, which this keeps from coming back.
const root = path.resolve(import.meta.dirname, "../..");
const BUILDS_A_RESPONSE = /\bnew (Next)?Response\(|\b(Next)?Response\.(json|redirect)\(|\bNextResponse\b/;

function domainFiles(dir: string): string[] {
  return readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const relative = path.join(dir, entry.name);
    if (entry.isDirectory()) return relative === path.join("lib", "http") ? [] : domainFiles(relative);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [relative] : [];
  });
}

function filesBuildingResponses(files: string[]): string[] {
  return files.filter((file) => BUILDS_A_RESPONSE.test(readFileSync(path.join(root, file), "utf8")));
}

describe("responses are built at the route edge only", () => {
  it("no domain module under lib/ (lib/http aside) builds a Response", () => {
    const files = domainFiles("lib");
    expect(files.length).toBeGreaterThan(100);
    expect(filesBuildingResponses(files)).toEqual([]);
  });

  it("recognises a module that does", () => {
    expect(filesBuildingResponses(["lib/http/xml-response.ts", "lib/http/route-errors.ts", "lib/seo/sitemap.ts"])).toEqual([
      "lib/http/xml-response.ts",
      "lib/http/route-errors.ts",
    ]);
  });
});
