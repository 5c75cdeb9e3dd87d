import { createHash } from "node:crypto";
import { vietnamDay } from "@/lib/format/vietnam-time";

/**
 * The client's address as the nearest proxy reports it (X-Forwarded-For's first entry,
 * or X-Real-IP). Only trustworthy behind a proxy that sets these headers; with none in
 * front, a client can forge it, so it is used for rate limits and hashing, never for identity.
 */
export function clientIp(headers: Headers): string {
  const forwarded = headers.get("x-forwarded-for")?.split(",")[0]?.trim();
  return forwarded || headers.get("x-real-ip")?.trim() || "0.0.0.0";
}

/**
 * A salted hash of an address: the salt changes every day (Vietnam time), so stored hashes
 * cannot be joined across days or reversed by trying all addresses without the secret.
 */
export function hashIp(ip: string, now = new Date()): string {
  const secret = process.env.NEXTAUTH_SECRET ?? "portal";
  return createHash("sha256").update(`${secret}|${vietnamDay(now)}|${ip}`).digest("base64url").slice(0, 22);
}
