import "next-auth/jwt";

declare module "next-auth/jwt" {
  interface JWT {
    uid?: number;
    role?: string;
    tokenVersion?: number;
    /** Sign-in and last activity, in seconds since the epoch (lib/auth/session-config.ts). */
    signedInAt?: number;
    lastActiveAt?: number;
  }
}
