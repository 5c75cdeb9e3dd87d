import "server-only";
import { createHash } from "node:crypto";
import { isIP } from "node:net";
import { vietnamDay } from "@/lib/format/vietnam-time";

const UNKNOWN = "0.0.0.0";

/**
 * Which proxies in front of the portal may be believed, from TRUST_PROXY:
 * - unset (or 0/false): none. Next 16 gives route handlers no socket address; the public
 *   pipeline (server/public-pipeline.ts) replaces any X-Forwarded-For the client sent with the
 *   socket's address, so the last entry is the connecting address.
 * - a number N (1 = one proxy, "true" = 1): the N-th address from the right, the one the
 *   outermost trusted proxy appended; anything further left came from the client.
 * - a list of proxy addresses ("10.0.0.2, 10.0.0.3"): from the right, the first address that
 *   is not one of them.
 */
export type ProxyTrust = { hops: number } | { addresses: Set<string> };

export function parseTrustProxy(value: string | undefined): ProxyTrust {
  const text = value?.trim().toLowerCase() ?? "";
  if (text === "" || text === "0" || text === "false") return { hops: 0 };
  if (text === "true") return { hops: 1 };
  if (/^\d{1,2}$/.test(text)) return { hops: Number(text) };
  return { addresses: new Set(text.split(",").map(normaliseIp).filter((address): address is string => address !== null)) };
}

function normaliseIp(value: string): string | null {
  const address = value.trim().replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/i, "").toLowerCase();
  return isIP(address) ? address : null;
}

/**
 * The client's address, as far as TRUST_PROXY allows believing X-Forwarded-For. Used for rate
 * limits and hashing only, never for identity. An entry that is not an address counts as unknown.
 */
export function clientIp(headers: Headers, trust: ProxyTrust = parseTrustProxy(process.env.TRUST_PROXY)): string {
  const chain = (headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  if (chain.length === 0) return UNKNOWN;
  if ("addresses" in trust) {
    for (let index = chain.length - 1; index >= 0; index--) {
      const address = normaliseIp(chain[index]);
      if (address === null || !trust.addresses.has(address)) return address ?? UNKNOWN;
    }
    return normaliseIp(chain[0]) ?? UNKNOWN;
  }
  const index = Math.max(0, chain.length - Math.max(1, trust.hops));
  return normaliseIp(chain[index]) ?? UNKNOWN;
}

/**
 * A salted hash of an address: the salt changes every day (Vietnam time), so stored hashes
 * cannot be joined across days or reversed by trying all addresses without the secret.
 */
export function hashIp(ip: string, now = new Date()): string {
  const secret = process.env.NEXTAUTH_SECRET ?? "portal";
  return createHash("sha256").update(`${secret}|${vietnamDay(now)}|${ip}`).digest("base64url").slice(0, 22);
}
