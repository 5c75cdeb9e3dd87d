import { afterEach, describe, expect, it } from "vitest";
import { visitorIdInCookieHeader, visitorSetCookieHeader } from "./visitor-id";

const ID = "6f1c2d3e-1111-4222-8333-944455566677";

describe("the visitor cookie in raw headers", () => {
  const url = process.env.NEXTAUTH_URL;
  afterEach(() => {
    if (url === undefined) delete process.env.NEXTAUTH_URL;
    else process.env.NEXTAUTH_URL = url;
  });

  it("reads a well-formed id among other cookies, and nothing else", () => {
    expect(visitorIdInCookieHeader(`theme=dark; vid=${ID}; other=1`)).toBe(ID);
    expect(visitorIdInCookieHeader(`xvid=${ID}`)).toBeNull();
    expect(visitorIdInCookieHeader("vid=<script>")).toBeNull();
    expect(visitorIdInCookieHeader(null)).toBeNull();
  });

  it("sets it for a year, HttpOnly, SameSite=Lax, Secure only over https", () => {
    process.env.NEXTAUTH_URL = "http://localhost:3000";
    const plain = visitorSetCookieHeader(ID).split("; ");
    expect(plain).toEqual(expect.arrayContaining([`vid=${ID}`, "Path=/", `Max-Age=${365 * 24 * 3600}`, "HttpOnly", "SameSite=Lax"]));
    expect(plain).not.toContain("Secure");
    process.env.NEXTAUTH_URL = "https://congthongtin.sonha.gov.vn";
    expect(visitorSetCookieHeader(ID).split("; ")).toContain("Secure");
    expect(visitorIdInCookieHeader(visitorSetCookieHeader(ID).split("; ")[0])).toBe(ID);
  });
});
