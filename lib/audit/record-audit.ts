import type { Db } from "@/lib/db/client";

export type AuditEntry = {
  userId: number | null;
  action: string; // dotted verb, e.g. "article.publish", "auth.lockout"
  targetType?: string;
  targetId?: number;
  detail?: Record<string, unknown>;
  ip?: string | null;
};

/**
 * Appends to the audit log. Pass the transaction client when the audited change is made in
 * one, so the change and its record stand or fall together.
 */
export async function recordAudit(db: Pick<Db, "auditLog">, entry: AuditEntry): Promise<void> {
  await db.auditLog.create({
    data: {
      userId: entry.userId,
      action: entry.action,
      targetType: entry.targetType ?? null,
      targetId: entry.targetId ?? null,
      detail: entry.detail ? JSON.stringify(entry.detail) : null,
      ip: entry.ip ?? null,
    },
  });
}
