import { describe, expect, it } from "vitest";
import { clientIp, hashIp, parseTrustProxy } from "./client-ip";

describe("clientIp", () => {
  const forwarded = (value: string) => new Headers({ "x-forwarded-for": value });

  it("without TRUST_PROXY takes the last entry, the one next start writes from the socket", () => {
    const none = parseTrustProxy(undefined);
    expect(clientIp(forwarded("198.51.100.2"), none)).toBe("198.51.100.2");
    // Entries a client wrote itself in front of it are never believed.
    expect(clientIp(forwarded("203.0.113.7, 198.51.100.2"), none)).toBe("198.51.100.2");
    expect(clientIp(forwarded("::ffff:198.51.100.2"), none)).toBe("198.51.100.2");
    expect(clientIp(new Headers({ "x-real-ip": "203.0.113.7" }), none)).toBe("0.0.0.0");
    expect(clientIp(new Headers(), none)).toBe("0.0.0.0");
    expect(parseTrustProxy("0")).toEqual({ hops: 0 });
    expect(parseTrustProxy("false")).toEqual({ hops: 0 });
  });

  it("with a number of hops takes the address the outermost trusted proxy appended", () => {
    const header = forwarded("1.2.3.4, 203.0.113.7, 10.0.0.5");
    expect(clientIp(header, parseTrustProxy("1"))).toBe("10.0.0.5");
    expect(clientIp(header, parseTrustProxy("2"))).toBe("203.0.113.7");
    expect(clientIp(header, parseTrustProxy("true"))).toBe("10.0.0.5");
    // More hops than entries: the first entry is the best there is.
    expect(clientIp(forwarded("203.0.113.7"), parseTrustProxy("3"))).toBe("203.0.113.7");
  });

  it("with a list of proxy addresses skips them from the right", () => {
    const trust = parseTrustProxy("10.0.0.5, 10.0.0.6");
    expect(clientIp(forwarded("1.2.3.4, 203.0.113.7, 10.0.0.6, 10.0.0.5"), trust)).toBe("203.0.113.7");
    expect(clientIp(forwarded("203.0.113.7"), trust)).toBe("203.0.113.7");
    expect(clientIp(forwarded("10.0.0.6, 10.0.0.5"), trust)).toBe("10.0.0.6");
    expect(clientIp(forwarded("2001:db8::1, 10.0.0.5"), trust)).toBe("2001:db8::1");
  });

  it("counts an entry that is not an address as unknown", () => {
    expect(clientIp(forwarded("<script>"), parseTrustProxy(undefined))).toBe("0.0.0.0");
    expect(clientIp(forwarded("203.0.113.7, nonsense, 10.0.0.5"), parseTrustProxy("10.0.0.5"))).toBe("0.0.0.0");
  });

  it("reads TRUST_PROXY from the environment by default", () => {
    const previous = process.env.TRUST_PROXY;
    process.env.TRUST_PROXY = "2";
    try {
      expect(clientIp(forwarded("203.0.113.7, 10.0.0.5"))).toBe("203.0.113.7");
    } finally {
      if (previous === undefined) delete process.env.TRUST_PROXY;
      else process.env.TRUST_PROXY = previous;
    }
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
