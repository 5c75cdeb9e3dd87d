import "server-only";
import { randomUUID } from "node:crypto";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { z } from "zod";
import { recordAudit } from "@/lib/audit/record-audit";
import { getDb } from "@/lib/db/client";
import { SIGN_IN_PATH } from "@/lib/http/route-errors";
import { clientIp, hashIp } from "@/lib/visitors/client-ip";
import { lockoutMessage, runLoginAttempt } from "./login-throttle";
import { hashPassword, verifyPassword } from "./password";
import { isRole } from "./roles";
import { userForClaims } from "./session-user";
import { epochSeconds, sessionIdleSeconds, sessionMaxSeconds } from "./session-config";

const credentialsSchema = z.object({
  email: z.string().trim().toLowerCase().email().max(200),
  password: z.string().min(1).max(200),
});

export const INVALID_CREDENTIALS = "Email hoặc mật khẩu không đúng.";

/**
 * next-auth v4 with JWT sessions, with the server as the authority on their end:
 * - each token carries its sign-in time and last activity (`signedInAt`, `lastActiveAt`);
 *   `userForClaims` refuses it once idle past SESSION_IDLE_SECONDS or older than
 *   SESSION_MAX_HOURS, whatever the cookie's or the JWT's own expiry (next-auth re-issues the
 *   cookie on every session read, which must not revive it: only the keep-alive route moves
 *   `lastActiveAt`, and only for a token still alive);
 * - each token carries the user's tokenVersion; bumping it in the database revokes every
 *   token issued before. Signing out does so, as do a disabled account and a password reset.
 * The JWT's own lifetime is the absolute limit too (next-auth's default would be 30 days).
 */
export function authOptions(): NextAuthOptions {
  return {
    // The cookie lives for the idle limit (next-auth moves it on every session read, which is
    // why the server judges by lastActiveAt); the signed token for the absolute limit.
    session: { strategy: "jwt", maxAge: sessionIdleSeconds() },
    jwt: { maxAge: sessionMaxSeconds() },
    pages: { signIn: SIGN_IN_PATH },
    providers: [
      CredentialsProvider({
        name: "Email",
        credentials: { email: { label: "Email", type: "email" }, password: { label: "Mật khẩu", type: "password" } },
        async authorize(raw, request) {
          const parsed = credentialsSchema.safeParse(raw);
          if (!parsed.success) throw new Error(INVALID_CREDENTIALS);
          const { email, password } = parsed.data;
          const ip = clientIp(new Headers(request.headers as Record<string, string>));
          const db = await getDb();
          const user = await db.user.findUnique({ where: { email } });
          const now = new Date();
          const outcome = await runLoginAttempt(
            { email, ipHash: hashIp(ip, now) },
            // Compare even for an unknown email, so response time does not reveal which emails exist.
            async () => (await verifyPassword(password, user?.passwordHash ?? (await unknownUserHash()))) && !!user && !user.disabled,
            now,
          );
          // A staff security log keeps the address itself: it is what an administrator blocks.
          const by = { id: user?.id ?? null, ip };
          if (outcome.kind === "locked") {
            await recordAudit(db, by, { action: "auth.login-refused-locked", detail: { email } });
            throw new Error(lockoutMessage(outcome.lockedUntil, now));
          }
          if (outcome.kind === "failed") {
            await recordAudit(db, by, { action: "auth.login-failed", detail: { email } });
            if (!outcome.lockedUntil) throw new Error(INVALID_CREDENTIALS);
            await recordAudit(db, by, { action: "auth.lockout", detail: { email, lockedUntil: outcome.lockedUntil } });
            throw new Error(lockoutMessage(outcome.lockedUntil, now));
          }
          const signedIn = await db.user.update({ where: { email }, data: { lastLoginAt: now } });
          await recordAudit(db, { id: signedIn.id, ip }, { action: "auth.login", detail: { email } });
          return {
            id: String(signedIn.id),
            email: signedIn.email,
            name: signedIn.name,
            role: signedIn.role,
            tokenVersion: signedIn.tokenVersion,
          };
        },
      }),
    ],
    callbacks: {
      async jwt({ token, user }) {
        if (user) {
          const signedIn = user as typeof user & { role: string; tokenVersion: number };
          const now = epochSeconds();
          return {
            ...token,
            uid: Number(signedIn.id),
            role: signedIn.role,
            tokenVersion: signedIn.tokenVersion,
            signedInAt: now,
            lastActiveAt: now,
          };
        }
        return token;
      },
      async session({ session, token }) {
        const role = isRole(token.role) ? token.role : undefined;
        const { uid: id, tokenVersion, signedInAt, lastActiveAt } = token;
        return { ...session, user: { ...session.user, id, role, tokenVersion, signedInAt, lastActiveAt } };
      },
    },
    events: {
      // The token signed out is revoked on the server, with every other token of the account
      // issued before: a copy of the cookie taken earlier opens nothing afterwards.
      async signOut({ token }) {
        const db = await getDb();
        const userId = typeof token?.uid === "number" ? token.uid : null;
        if (userId !== null && (await userForClaims({ ...token, id: userId }))) {
          await db.user.update({ where: { id: userId }, data: { tokenVersion: { increment: 1 } } });
        }
        await recordAudit(db, { id: userId, ip: null }, { action: "auth.logout" });
      },
    },
  };
}

// A hash of a random string, used only to spend the same time on unknown emails.
let dummyHash: Promise<string> | undefined;
const unknownUserHash = () => (dummyHash ??= hashPassword(randomUUID()));
