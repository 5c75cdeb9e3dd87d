import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { isCrossSiteWrite } from "./same-origin";

const headers = (values: Record<string, string>) => new Headers(values);
const originalUrl = process.env.NEXTAUTH_URL;

beforeEach(() => {
  process.env.NEXTAUTH_URL = "https://sonha.gov.vn";
});
afterEach(() => {
  if (originalUrl === undefined) delete process.env.NEXTAUTH_URL;
  else process.env.NEXTAUTH_URL = originalUrl;
});

describe("isCrossSiteWrite", () => {
  it("accepts writes from the configured public address, by Origin or by Referer alone", () => {
    expect(isCrossSiteWrite("POST", headers({ host: "sonha.gov.vn", origin: "https://sonha.gov.vn" }))).toBe(false);
    expect(isCrossSiteWrite("POST", headers({ host: "sonha.gov.vn", referer: "https://sonha.gov.vn/tin-tuc/a-1" }))).toBe(false);
    // Behind a proxy the Host is the internal one; the public address decides, not the Host.
    expect(isCrossSiteWrite("POST", headers({ host: "127.0.0.1:3000", origin: "https://sonha.gov.vn" }))).toBe(false);
  });

  it("refuses writes from another site, whatever Host or X-Forwarded-Host claim", () => {
    expect(isCrossSiteWrite("POST", headers({ host: "sonha.gov.vn", origin: "https://evil.example" }))).toBe(true);
    expect(isCrossSiteWrite("POST", headers({ host: "sonha.gov.vn", referer: "https://evil.example/page" }))).toBe(true);
    expect(isCrossSiteWrite("POST", headers({ host: "sonha.gov.vn", origin: "https://sonha.gov.vn.evil.example" }))).toBe(true);
    expect(isCrossSiteWrite("POST", headers({ host: "sonha.gov.vn", origin: "http://sonha.gov.vn" }))).toBe(true);
    expect(isCrossSiteWrite("POST", headers({ host: "sonha.gov.vn", origin: "null" }))).toBe(true);
    expect(isCrossSiteWrite("POST", headers({ host: "sonha.gov.vn", origin: "not a url" }))).toBe(true);
    expect(isCrossSiteWrite("POST", headers({ host: "evil.example", origin: "https://evil.example" }))).toBe(true);
    expect(
      isCrossSiteWrite("POST", headers({ host: "sonha.gov.vn", "x-forwarded-host": "evil.example", origin: "https://evil.example" })),
    ).toBe(true);
    expect(
      isCrossSiteWrite("POST", headers({ host: "sonha.gov.vn", "x-forwarded-host": "evil.example", referer: "https://evil.example/" })),
    ).toBe(true);
  });

  it("refuses a request without Origin or Referer that the browser marks as cross-site", () => {
    expect(isCrossSiteWrite("POST", headers({ host: "sonha.gov.vn", "sec-fetch-site": "cross-site" }))).toBe(true);
    expect(isCrossSiteWrite("POST", headers({ host: "sonha.gov.vn", "sec-fetch-site": "same-site" }))).toBe(true);
    expect(isCrossSiteWrite("POST", headers({ host: "sonha.gov.vn", "sec-fetch-site": "same-origin" }))).toBe(false);
  });

  it("never refuses a read", () => {
    expect(isCrossSiteWrite("GET", headers({ origin: "https://evil.example" }))).toBe(false);
    expect(isCrossSiteWrite("HEAD", headers({ origin: "https://evil.example" }))).toBe(false);
    expect(isCrossSiteWrite("DELETE", headers({ origin: "https://evil.example" }))).toBe(true);
  });

  it("lets clients that send none of these headers through to the route's own checks", () => {
    expect(isCrossSiteWrite("POST", headers({ host: "sonha.gov.vn" }))).toBe(false);
  });

  it("takes a loopback public address under each of its loopback names, on its own port only", () => {
    process.env.NEXTAUTH_URL = "http://localhost:3000";
    expect(isCrossSiteWrite("POST", headers({ origin: "http://127.0.0.1:3000" }))).toBe(false);
    expect(isCrossSiteWrite("POST", headers({ origin: "http://[::1]:3000" }))).toBe(false);
    expect(isCrossSiteWrite("POST", headers({ origin: "http://localhost:3000" }))).toBe(false);
    expect(isCrossSiteWrite("POST", headers({ origin: "http://127.0.0.1:8080" }))).toBe(true);
    expect(isCrossSiteWrite("POST", headers({ origin: "https://localhost:3000" }))).toBe(true);
  });
});
