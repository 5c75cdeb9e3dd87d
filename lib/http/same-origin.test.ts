import { describe, expect, it } from "vitest";
import { isCrossSiteRequest } from "./same-origin";

const headers = (values: Record<string, string>) => new Headers(values);

describe("isCrossSiteRequest", () => {
  it("accepts same-origin writes", () => {
    expect(isCrossSiteRequest(headers({ host: "sonha.gov.vn", origin: "https://sonha.gov.vn" }))).toBe(false);
    expect(isCrossSiteRequest(headers({ host: "localhost:3000", referer: "http://localhost:3000/tin-tuc/a-1" }))).toBe(false);
  });

  it("accepts the public host named by a reverse proxy", () => {
    expect(
      isCrossSiteRequest(headers({ host: "127.0.0.1:3000", "x-forwarded-host": "sonha.gov.vn", origin: "https://sonha.gov.vn" })),
    ).toBe(false);
  });

  it("refuses writes from another site", () => {
    expect(isCrossSiteRequest(headers({ host: "sonha.gov.vn", origin: "https://evil.example" }))).toBe(true);
    expect(isCrossSiteRequest(headers({ host: "sonha.gov.vn", referer: "https://evil.example/page" }))).toBe(true);
    expect(isCrossSiteRequest(headers({ host: "sonha.gov.vn", origin: "https://sonha.gov.vn.evil.example" }))).toBe(true);
    expect(isCrossSiteRequest(headers({ host: "sonha.gov.vn", origin: "null" }))).toBe(true);
    expect(isCrossSiteRequest(headers({ host: "sonha.gov.vn", origin: "not a url" }))).toBe(true);
  });

  it("lets clients that send neither header through to the route's own checks", () => {
    expect(isCrossSiteRequest(headers({ host: "sonha.gov.vn" }))).toBe(false);
  });
});
