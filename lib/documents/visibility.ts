import { join, sqltag as sql } from "@prisma/client/runtime/client";

// A document is public once published, and stays public when retired ("hết hiệu lực"):
// readers still need the text of a repealed document. Drafts are for editors only.
export const PUBLIC_DOCUMENT_STATUSES = ["published", "retired"] as const;

export const DOCUMENT_STATUSES = ["draft", "published", "retired"] as const;
export type DocumentStatus = (typeof DOCUMENT_STATUSES)[number];

export const DOCUMENT_STATUS_LABELS: Record<DocumentStatus, string> = {
  draft: "Bản nháp",
  published: "Đã đăng",
  retired: "Đã bãi bỏ",
};

export function publicDocumentWhere() {
  return { status: { in: [...PUBLIC_DOCUMENT_STATUSES] } };
}

/** publicDocumentWhere in raw SQL, on the "Document" row (the counters' batches are raw SQL). */
export function publicDocumentSql() {
  return sql`"status" IN (${join([...PUBLIC_DOCUMENT_STATUSES])})`;
}

export type Validity = "in-force" | "not-yet" | "expired";

export const VALIDITY_LABELS: Record<Validity, string> = {
  "in-force": "Còn hiệu lực",
  "not-yet": "Chưa có hiệu lực",
  expired: "Hết hiệu lực",
};

/** A retired document, or one past its expiry, is no longer in force; one not yet effective is not yet. */
export function documentValidity(
  document: { status: string; effectiveAt: Date | null; expiresAt: Date | null },
  now = new Date(),
): Validity {
  if (document.status === "retired" || (document.expiresAt && document.expiresAt <= now)) return "expired";
  if (document.effectiveAt && document.effectiveAt > now) return "not-yet";
  return "in-force";
}

/** The same rule as documentValidity, as a query: `con` (in force) or `het` (no longer in force). */
export function validityWhere(validity: "con" | "het", now = new Date()) {
  if (validity === "het") return { OR: [{ status: "retired" }, { expiresAt: { lte: now } }] };
  return {
    status: "published",
    AND: [
      { OR: [{ effectiveAt: null }, { effectiveAt: { lte: now } }] },
      { OR: [{ expiresAt: null }, { expiresAt: { gt: now } }] },
    ],
  };
}
