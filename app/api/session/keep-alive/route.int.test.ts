import { NextRequest } from "next/server";
import { beforeAll, describe, expect, it } from "vitest";
import { decode, encode as encodeToken } from "next-auth/jwt";
import { epochSeconds, sessionIdleSeconds, sessionMaxSeconds } from "@/lib/auth/session-config";
import { getDb } from "@/lib/db/client";
import { DEMO_STAFF } from "@/prisma/seed/seed-users";
import { POST } from "./route";

const SECRET = "integration-test-secret";

beforeAll(() => {
  process.env.NEXTAUTH_SECRET = SECRET;
});

type TokenTimes = { signedInAt?: number; lastActiveAt?: number };

/** A session token as a browser would hold it; times in seconds before now (default: just now). */
async function tokenFor(email: string, maxAge: number, tokenVersion?: number, secondsAgo: { signedIn?: number; active?: number } = {}) {
  const db = await getDb();
  const user = await db.user.findUniqueOrThrow({ where: { email } });
  const now = epochSeconds();
  const times: TokenTimes = { signedInAt: now - (secondsAgo.signedIn ?? 0), lastActiveAt: now - (secondsAgo.active ?? 0) };
  return encodeToken({
    token: { uid: user.id, role: user.role, tokenVersion: tokenVersion ?? user.tokenVersion, email: user.email, ...times },
    secret: SECRET,
    maxAge,
  });
}

const renewedCookie = (response: Response) => /^next-auth\.session-token=([^;]+)/.exec(response.headers.get("set-cookie") ?? "")?.[1];

const keepAlive = (cookie?: string) =>
  POST(
    new NextRequest("http://localhost/api/session/keep-alive", {
      method: "POST",
      headers: cookie ? { cookie: `next-auth.session-token=${cookie}` } : {},
    }),
    undefined,
  );

describe("POST /api/session/keep-alive", () => {
  it("extends a live session by the idle limit and re-issues its cookie", async () => {
    const before = Date.now();
    const response = await keepAlive(await tokenFor(DEMO_STAFF.editor.email, 60));
    expect(response.status).toBe(200);
    const { expires } = (await response.json()) as { expires: string };
    const expected = before + sessionIdleSeconds() * 1000;
    expect(Math.abs(new Date(expires).getTime() - expected)).toBeLessThan(5000);
    const cookie = response.headers.get("set-cookie") ?? "";
    expect(cookie).toMatch(/^next-auth\.session-token=[^;]+;/);
    expect(cookie).toMatch(/HttpOnly/i);
    // The new cookie is itself a valid session, with its idle clock restarted and its
    // sign-in time kept: it can be extended again.
    const renewed = renewedCookie(response)!;
    const claims = await decode({ token: renewed, secret: SECRET });
    expect(Math.abs((claims?.lastActiveAt ?? 0) - before / 1000)).toBeLessThan(5);
    expect((await keepAlive(renewed)).status).toBe(200);
  });

  it("never revives a captured token idle past the limit, even while its cookie and JWT are still valid", async () => {
    // The auditor's case: a token taken at sign-in, whose JWT lives for days, tried after
    // the idle limit has passed by the server's clock.
    const idle = await tokenFor(DEMO_STAFF.editor.email, 30 * 24 * 3600, undefined, { signedIn: sessionIdleSeconds() + 30, active: sessionIdleSeconds() + 30 });
    const response = await keepAlive(idle);
    expect(response.status).toBe(401);
    expect(response.headers.get("set-cookie")).toBeNull();
    // Kept busy, a session still ends at the absolute limit from its sign-in.
    const old = await tokenFor(DEMO_STAFF.editor.email, 30 * 24 * 3600, undefined, { signedIn: sessionMaxSeconds() + 30, active: 10 });
    expect((await keepAlive(old)).status).toBe(401);
    // A token without the times (issued by an older build, or forged without them) is refused.
    const db = await getDb();
    const user = await db.user.findUniqueOrThrow({ where: { email: DEMO_STAFF.editor.email } });
    const timeless = await encodeToken({ token: { uid: user.id, role: user.role, tokenVersion: user.tokenVersion }, secret: SECRET, maxAge: 3600 });
    expect((await keepAlive(timeless)).status).toBe(401);
  });

  it("renews a busy session only up to the absolute limit from its sign-in", async () => {
    const nearlyOld = await tokenFor(DEMO_STAFF.editor.email, 3600, undefined, { signedIn: sessionMaxSeconds() - 100, active: 10 });
    const response = await keepAlive(nearlyOld);
    expect(response.status).toBe(200);
    const claims = await decode({ token: renewedCookie(response)!, secret: SECRET });
    expect(Number(claims?.exp ?? 0) - epochSeconds()).toBeLessThanOrEqual(101);
    const { expires } = (await response.json()) as { expires: string };
    expect(new Date(expires).getTime() - Date.now()).toBeLessThanOrEqual(101_000);
  });

  it("refuses without a session, with a token past its idle limit, or with a revoked one", async () => {
    for (const cookie of [
      undefined,
      "not-a-token",
      // Expired a minute ago: past the 15-second clock tolerance of the decoder.
      await tokenFor(DEMO_STAFF.editor.email, -60),
      await tokenFor(DEMO_STAFF.editor.email, 60, 12345),
    ]) {
      const response = await keepAlive(cookie);
      expect(response.status).toBe(401);
      expect(await response.json()).toEqual({ error: "Bạn cần đăng nhập để thực hiện thao tác này." });
      expect(response.headers.get("set-cookie")).toBeNull();
    }
  });
});
