import { describe, expect, it } from "vitest";
import { clientIp, hashIp } from "./client-ip";

describe("clientIp", () => {
  it("takes the first forwarded address, then X-Real-IP", () => {
    expect(clientIp(new Headers({ "x-forwarded-for": "203.0.113.7, 10.0.0.1" }))).toBe("203.0.113.7");
    expect(clientIp(new Headers({ "x-real-ip": "198.51.100.2" }))).toBe("198.51.100.2");
    expect(clientIp(new Headers())).toBe("0.0.0.0");
  });
});

describe("hashIp", () => {
  it("is stable within a Vietnamese day and changes at Vietnam's midnight", () => {
    const morning = hashIp("203.0.113.7", new Date("2026-11-26T01:00:00Z"));
    expect(hashIp("203.0.113.7", new Date("2026-11-26T16:59:00Z"))).toBe(morning);
    expect(hashIp("203.0.113.7", new Date("2026-11-26T17:00:00Z"))).not.toBe(morning);
  });

  it("never contains the address", () => {
    expect(hashIp("203.0.113.7")).not.toContain("203");
    expect(hashIp("203.0.113.7")).not.toBe(hashIp("203.0.113.8"));
  });
});
