import "server-only";
import type { Tx } from "@/lib/db/client";

/** Who an entry is recorded for: an actor, or (signing in, out) the account if known and the address. */
export type AuditedBy = { id: number | null; ip: string | null };

export type AuditEntry = {
  action: string; // dotted verb, e.g. "article.publish", "auth.lockout"
  targetType?: string;
  targetId?: number;
  detail?: Record<string, unknown>;
};

/**
 * Appends to the audit log. Every area records the same fields: who (account and address, from
 * the actor), the action, its target and its detail. Composed into the audited change's
 * transaction (its `tx`), so the change and its record stand or fall together; a domain module
 * auditing what it does outside a transaction passes its own client (getDb()).
 */
export async function recordAudit(tx: Pick<Tx, "auditLog">, by: AuditedBy, entry: AuditEntry): Promise<void> {
  await tx.auditLog.create({
    data: {
      userId: by.id,
      action: entry.action,
      targetType: entry.targetType ?? null,
      targetId: entry.targetId ?? null,
      detail: entry.detail ? JSON.stringify(entry.detail) : null,
      ip: by.ip,
    },
  });
}
