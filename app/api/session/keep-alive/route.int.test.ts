import { encode } from "next-auth/jwt";
import { NextRequest } from "next/server";
import { beforeAll, describe, expect, it } from "vitest";
import { sessionIdleSeconds } from "@/lib/auth/session-config";
import { getDb } from "@/lib/db/client";
import { DEMO_STAFF } from "@/prisma/seed/seed-users";
import { POST } from "./route";

const SECRET = "integration-test-secret";

beforeAll(() => {
  process.env.NEXTAUTH_SECRET = SECRET;
});

async function tokenFor(email: string, maxAge: number, tokenVersion?: number) {
  const db = await getDb();
  const user = await db.user.findUniqueOrThrow({ where: { email } });
  return encode({
    token: { uid: user.id, role: user.role, tokenVersion: tokenVersion ?? user.tokenVersion, email: user.email },
    secret: SECRET,
    maxAge,
  });
}

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
    // The new cookie is itself a valid session: it can be extended again.
    const renewed = /^next-auth\.session-token=([^;]+)/.exec(cookie)![1];
    expect((await keepAlive(renewed)).status).toBe(200);
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
