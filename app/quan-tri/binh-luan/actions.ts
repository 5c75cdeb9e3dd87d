"use server";

import { redirect } from "next/navigation";
import { requirePermission } from "@/lib/auth/current-user";
import { DomainError } from "@/lib/errors/domain-error";
import { moderateComment, moderationActionSchema } from "@/lib/comments/moderate-comment";
import { moderationModeSchema, saveModerationMode } from "@/lib/comments/moderation-mode";
import { getDb } from "@/lib/db/client";
import { MODERATION_PATH, moderationPagePath, type ModerationNotice } from "@/lib/comments/moderation-page-path";

/**
 * These actions answer with a redirect, as the plain forms they serve expect: a session that has
 * ended (idle, signed out elsewhere, revoked) is sent to sign in and back to the list, and a
 * role without the right sees the page's refusal, instead of an error page.
 */
async function moderator() {
  try {
    return await requirePermission("comment.moderate");
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    redirect(error.kind === "unauthenticated" ? `/dang-nhap?callbackUrl=${encodeURIComponent(MODERATION_PATH)}` : MODERATION_PATH);
  }
}

/** Approve, hide or delete one comment; the page re-renders with the outcome. */
export async function moderateCommentAction(formData: FormData): Promise<void> {
  const user = await moderator();
  const returnTo = String(formData.get("returnTo") ?? "");
  const parsed = moderationActionSchema.safeParse({ commentId: formData.get("commentId"), action: formData.get("action") });
  let notice: ModerationNotice = "invalid";
  if (parsed.success) {
    try {
      await moderateComment(await getDb(), { ...parsed.data, userId: user.id });
      notice = parsed.data.action;
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      notice = error.kind === "conflict" ? "changed" : "missing";
    }
  }
  redirect(moderationPagePath(returnTo, notice));
}

export async function saveModerationModeAction(formData: FormData): Promise<void> {
  await moderator();
  const mode = moderationModeSchema.safeParse(formData.get("mode"));
  if (mode.success) await saveModerationMode(await getDb(), mode.data);
  redirect(moderationPagePath(String(formData.get("returnTo") ?? ""), mode.success ? "mode-saved" : "invalid"));
}
