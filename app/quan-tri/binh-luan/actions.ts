"use server";

import { redirect } from "next/navigation";
import { requirePermission } from "@/lib/auth/current-user";
import { moderateComment, moderationActionSchema } from "@/lib/comments/moderate-comment";
import { moderationModeSchema, saveModerationMode } from "@/lib/comments/moderation-mode";
import { getDb } from "@/lib/db/client";
import { ApiError } from "@/lib/http/api-error";
import { moderationPagePath, type ModerationNotice } from "@/lib/comments/moderation-page-path";

/** Approve, hide or delete one comment; the page re-renders with the outcome. */
export async function moderateCommentAction(formData: FormData): Promise<void> {
  const user = await requirePermission("comment.moderate");
  const returnTo = String(formData.get("returnTo") ?? "");
  const parsed = moderationActionSchema.safeParse({ commentId: formData.get("commentId"), action: formData.get("action") });
  let notice: ModerationNotice = "invalid";
  if (parsed.success) {
    try {
      await moderateComment(await getDb(), { ...parsed.data, userId: user.id });
      notice = parsed.data.action;
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      notice = error.status === 409 ? "changed" : "missing";
    }
  }
  redirect(moderationPagePath(returnTo, notice));
}

export async function saveModerationModeAction(formData: FormData): Promise<void> {
  await requirePermission("comment.moderate");
  const mode = moderationModeSchema.safeParse(formData.get("mode"));
  if (mode.success) await saveModerationMode(await getDb(), mode.data);
  redirect(moderationPagePath(String(formData.get("returnTo") ?? ""), mode.success ? "mode-saved" : "invalid"));
}
