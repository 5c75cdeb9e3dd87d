import { describe, expect, it } from "vitest";
import { SIGN_IN_LIMITED_MESSAGE } from "@/lib/rate-limit/sign-in-limits";
import { refuseSpentSignIn } from "./sign-in-refusal";

function attempt(ip: string, path = "/api/auth/callback/credentials", method = "POST") {
  return new Request(`http://sonha.test${path}`, { method, headers: { "x-forwarded-for": ip } });
}

describe("refuseSpentSignIn", () => {
  it("allows 100 sign-in attempts per address in 15 minutes, then 429 in the shape next-auth's client reads", async () => {
    for (let index = 0; index < 100; index++) expect(await refuseSpentSignIn(attempt("198.51.100.40"))).toBeNull();
    const refused = await refuseSpentSignIn(attempt("198.51.100.40"));
    expect(refused?.status).toBe(429);
    expect(Number(refused?.headers.get("Retry-After"))).toBeGreaterThan(0);
    const body = (await refused!.json()) as { url: string; error: string };
    expect(new URL(body.url).searchParams.get("error")).toBe(SIGN_IN_LIMITED_MESSAGE);
    // Another address is unaffected.
    expect(await refuseSpentSignIn(attempt("198.51.100.41"))).toBeNull();
  });

  it("counts only credentials POSTs", async () => {
    for (let index = 0; index < 150; index++) {
      expect(await refuseSpentSignIn(attempt("198.51.100.42", "/api/auth/session", "GET"))).toBeNull();
      expect(await refuseSpentSignIn(attempt("198.51.100.42", "/api/auth/signout"))).toBeNull();
    }
    expect(await refuseSpentSignIn(attempt("198.51.100.42"))).toBeNull();
  });
});
