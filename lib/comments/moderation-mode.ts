import { z } from "zod";
import type { Actor } from "@/lib/audit/actor";
import { assertPermission } from "@/lib/auth/current-user";
import { getDb } from "@/lib/db/client";

// Which comments wait for an editor: none, guests' only (the default), or all. Signed-in
// staff are never held, whatever the mode.
export const MODERATION_MODES = ["none", "guests", "all"] as const;
export type ModerationMode = (typeof MODERATION_MODES)[number];
export const DEFAULT_MODERATION_MODE: ModerationMode = "guests";
export const MODERATION_SETTING_KEY = "comments.moderation";

export const MODERATION_MODE_LABELS: Record<ModerationMode, string> = {
  none: "Không duyệt: bình luận hiện ngay",
  guests: "Duyệt bình luận của khách (mặc định)",
  all: "Duyệt mọi bình luận của bạn đọc",
};

export const moderationModeSchema = z.enum(MODERATION_MODES, { error: "Chế độ duyệt không hợp lệ." });

export async function readModerationMode(): Promise<ModerationMode> {
  const db = await getDb();
  const row = await db.setting.findUnique({ where: { key: MODERATION_SETTING_KEY } });
  const parsed = moderationModeSchema.safeParse(row?.value);
  return parsed.success ? parsed.data : DEFAULT_MODERATION_MODE;
}

export async function saveModerationMode(actor: Actor | null, mode: ModerationMode): Promise<void> {
  const db = await getDb();
  assertPermission(actor, "comment.moderate");
  await db.setting.upsert({
    where: { key: MODERATION_SETTING_KEY },
    create: { key: MODERATION_SETTING_KEY, value: mode },
    update: { value: mode },
  });
}

/** The status a new comment starts in. */
export function initialCommentStatus(mode: ModerationMode, byStaff: boolean): "approved" | "pending" {
  if (byStaff || mode === "none") return "approved";
  return "pending";
}
