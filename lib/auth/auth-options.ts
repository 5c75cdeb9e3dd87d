import { randomUUID } from "node:crypto";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { z } from "zod";
import { getDb } from "@/lib/db/client";
import { hashPassword, verifyPassword } from "./password";
import { isRole } from "./roles";
import { sessionIdleSeconds } from "./session-config";

const credentialsSchema = z.object({
  email: z.string().trim().toLowerCase().email().max(200),
  password: z.string().min(1).max(200),
});

export const INVALID_CREDENTIALS = "Email hoặc mật khẩu không đúng.";

/**
 * next-auth v4 with JWT sessions. maxAge is the idle limit: an expired token is refused by
 * the server whatever the browser does. Each token carries the user's tokenVersion; bumping
 * it in the database (sign out everywhere, disabled account, password reset) revokes it.
 */
export function authOptions(): NextAuthOptions {
  return {
    session: { strategy: "jwt", maxAge: sessionIdleSeconds() },
    pages: { signIn: "/dang-nhap" },
    providers: [
      CredentialsProvider({
        name: "Email",
        credentials: { email: { label: "Email", type: "email" }, password: { label: "Mật khẩu", type: "password" } },
        async authorize(raw) {
          const parsed = credentialsSchema.safeParse(raw);
          if (!parsed.success) throw new Error(INVALID_CREDENTIALS);
          const db = await getDb();
          const user = await db.user.findUnique({ where: { email: parsed.data.email } });
          // Compare even for an unknown email, so response time does not reveal which emails exist.
          const ok = await verifyPassword(parsed.data.password, user?.passwordHash ?? (await unknownUserHash()));
          if (!user || !ok || user.disabled) throw new Error(INVALID_CREDENTIALS);
          await db.user.update({ where: { id: user.id }, data: { lastLoginAt: new Date() } });
          return { id: String(user.id), email: user.email, name: user.name, role: user.role, tokenVersion: user.tokenVersion };
        },
      }),
    ],
    callbacks: {
      async jwt({ token, user }) {
        if (user) {
          const signedIn = user as typeof user & { role: string; tokenVersion: number };
          return { ...token, uid: Number(signedIn.id), role: signedIn.role, tokenVersion: signedIn.tokenVersion };
        }
        return token;
      },
      async session({ session, token }) {
        const role = isRole(token.role) ? token.role : undefined;
        return { ...session, user: { ...session.user, id: token.uid, role, tokenVersion: token.tokenVersion } };
      },
    },
  };
}

// A hash of a random string, used only to spend the same time on unknown emails.
let dummyHash: Promise<string> | undefined;
const unknownUserHash = () => (dummyHash ??= hashPassword(randomUUID()));
