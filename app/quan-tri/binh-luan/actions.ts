"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { definePlainAction } from "@/lib/actions/define-action";
import { formText } from "@/lib/actions/form-fields";
import { moderateComment, moderationActionSchema } from "@/lib/comments/moderate-comment";
import { moderationModeSchema, saveModerationMode } from "@/lib/comments/moderation-mode";
import type { DomainErrorKind } from "@/lib/errors/domain-error";
import { MODERATION_PATH, moderationPagePath, type ModerationNotice } from "@/lib/comments/moderation-page-path";

// Plain forms (they work without scripts), so every answer is the list page again with its
// notice; lib/comments checks "comment.moderate" again next to the data.

const NOTICE_OF_REFUSAL: Partial<Record<DomainErrorKind | "failed", ModerationNotice>> = {
  conflict: "changed",
  "not-found": "missing",
  failed: "failed",
};

const answers = {
  page: MODERATION_PATH,
  // A role without the right sees the page's own refusal.
  refused: (form: FormData, refusal: DomainErrorKind | "failed") =>
    refusal === "forbidden" ? MODERATION_PATH : moderationPagePath(String(form.get("returnTo") ?? ""), NOTICE_OF_REFUSAL[refusal] ?? "invalid"),
};

const returnTo = formText(2000);

/** Approve, hide or delete one comment; the page re-renders with the outcome. */
export const moderateCommentAction = definePlainAction(
  "comment.moderate",
  "comment.moderate",
  moderationActionSchema.extend({ returnTo }),
  async (input, actor) => {
    await moderateComment(actor, input);
    redirect(moderationPagePath(input.returnTo, input.action));
  },
  answers,
);

export const saveModerationModeAction = definePlainAction(
  "comment.moderation-mode",
  "comment.moderate",
  z.object({ mode: moderationModeSchema, returnTo }),
  async (input, actor) => {
    await saveModerationMode(actor, input.mode);
    redirect(moderationPagePath(input.returnTo, "mode-saved"));
  },
  answers,
);
