"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { defineAction } from "@/lib/actions/define-action";
import { formCheckbox, formId, formList, formText } from "@/lib/actions/form-fields";
import { articleInputSchema } from "@/lib/editorial/article-input";
import { createArticle, restoreRevision, takeWorkflowAction, updateArticle } from "@/lib/editorial/article-writes";
import { lockArticleForEditing, releaseEditLock } from "@/lib/editorial/edit-lock";
import { WORKFLOW_ACTIONS, type WorkflowAction } from "@/lib/editorial/workflow";

// Thin adapters from forms to lib/editorial, which checks the permission, the role and the
// ownership next to the data.

const articleId = formId("Không tìm thấy bài viết.");
const workflowAction = z.enum(Object.keys(WORKFLOW_ACTIONS) as [WorkflowAction, ...WorkflowAction[]], { error: "Thao tác không hợp lệ." });
const saveIntent = z.union([z.literal("save"), workflowAction]);

/**
 * The editor form: which button was pressed, the article (none for a new one), the checkboxes
 * of secondary categories, and its text fields, each bounded here and read by articleInputSchema.
 */
const articleForm = z
  .object({
    intent: z.union([z.literal("").transform(() => "save" as const), saveIntent]).default("save"),
    articleId: z.union([z.literal("").transform(() => undefined), articleId]).optional(),
    secondaryCategoryIds: formList(),
  })
  .catchall(z.string().max(600_000, "Nội dung quá dài."));

const editPath = (id: number, notice: string) => `/quan-tri/bai-viet/${id}?thong-bao=${notice}`;

/** Saves the editor form (new or existing article) and takes the action of the button pressed. */
export const saveArticleAction = defineAction("article.save", "article.write", articleForm, async ({ intent, articleId: id, secondaryCategoryIds, ...fields }, actor) => {
  const action = intent === "save" ? null : intent;
  const input = articleInputSchema.parse({ ...fields, secondaryCategoryIds: secondaryCategoryIds.join(",") });
  const result = id ? await updateArticle(actor, id, input, action) : await createArticle(actor, input, action);
  redirect(editPath(result.id, action ?? "saved"));
});

/** A workflow step without saving the form: reject with a note, suspend, withdraw. */
export const workflowActionAction = defineAction(
  "article.workflow",
  "article.write",
  z.object({ articleId, action: workflowAction, note: formText(10_000) }),
  async (input, actor) => {
    const result = await takeWorkflowAction(actor, input.articleId, input.action, input.note);
    redirect(editPath(result.id, input.action));
  },
);

export const restoreRevisionAction = defineAction(
  "article.restore",
  "article.write",
  z.object({ articleId, revisionId: formId("Không tìm thấy phiên bản.") }),
  async (input, actor) => {
    const result = await restoreRevision(actor, input.articleId, input.revisionId);
    redirect(editPath(result.id, "restored"));
  },
);

export type EditLockAnswer = { held: true } | { held: false; holderName: string };

/** Takes or renews the edit lock (the editor sends it on opening and as a heartbeat); admins may take over. */
export const editLockAction = defineAction(
  "article.lock",
  "article.write",
  z.object({ articleId, takeOver: formCheckbox }),
  async (input, actor): Promise<EditLockAnswer> => {
    const result = await lockArticleForEditing(input.articleId, actor, { takeOver: input.takeOver });
    return result.held ? { held: true } : { held: false, holderName: result.holder.name };
  },
);

export const releaseEditLockAction = defineAction("article.unlock", "article.write", z.object({ articleId }), async (input, actor) => {
  await releaseEditLock(input.articleId, actor);
});
