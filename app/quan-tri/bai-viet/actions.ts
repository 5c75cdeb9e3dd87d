"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { requirePermission } from "@/lib/auth/current-user";
import { getDb } from "@/lib/db/client";
import { actionErrorState } from "@/lib/editorial/action-error-state";
import type { ActionState } from "@/lib/editorial/action-state";
import { articleInputSchema } from "@/lib/editorial/article-input";
import {
  createArticle,
  restoreRevision,
  takeWorkflowAction,
  updateArticle,
  type Actor,
  type WriteResult,
} from "@/lib/editorial/article-writes";
import { lockArticleForEditing, releaseEditLock } from "@/lib/editorial/edit-lock";
import { WORKFLOW_ACTIONS, type WorkflowAction } from "@/lib/editorial/workflow";
import { clientIp } from "@/lib/visitors/client-ip";

// Thin adapters from forms to lib/editorial, which checks roles and ownership next to the data.
// Each action first requires a signed-in user allowed to write at all.

async function currentActor(): Promise<Actor> {
  const user = await requirePermission("article.write");
  return { ...user, ip: clientIp(await headers()) };
}

const id = z.coerce.number().int().positive();
const workflowAction = z.enum(Object.keys(WORKFLOW_ACTIONS) as [WorkflowAction, ...WorkflowAction[]]);
const saveIntent = z.union([z.literal("save"), workflowAction]);

function formFields(formData: FormData): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const [key, value] of formData) if (typeof value === "string") fields[key] = value;
  // The one repeated field: a checkbox per secondary category.
  fields.secondaryCategoryIds = formData.getAll("secondaryCategoryIds").join(",");
  return fields;
}

const editPath = (articleId: number, notice: string) => `/quan-tri/bai-viet/${articleId}?thong-bao=${notice}`;

/** Saves the editor form (new or existing article) and takes the action of the button pressed. */
export async function saveArticleAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  let result: WriteResult;
  let notice: string;
  try {
    const actor = await currentActor();
    const fields = formFields(formData);
    const intent = saveIntent.parse(fields.intent || "save");
    const action = intent === "save" ? null : intent;
    const input = articleInputSchema.parse(fields);
    const db = await getDb();
    result = fields.articleId
      ? await updateArticle(db, actor, id.parse(fields.articleId), input, action)
      : await createArticle(db, actor, input, action);
    notice = action ?? "saved";
  } catch (error) {
    return actionErrorState(error);
  }
  redirect(editPath(result.id, notice));
}

/** A workflow step without saving the form: reject with a note, suspend, withdraw. */
export async function workflowActionAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  let result: WriteResult;
  let action: WorkflowAction;
  try {
    const actor = await currentActor();
    const fields = formFields(formData);
    action = workflowAction.parse(fields.action);
    result = await takeWorkflowAction(await getDb(), actor, id.parse(fields.articleId), action, fields.note ?? null);
  } catch (error) {
    return actionErrorState(error);
  }
  redirect(editPath(result.id, action));
}

export async function restoreRevisionAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  let result: WriteResult;
  try {
    const actor = await currentActor();
    result = await restoreRevision(await getDb(), actor, id.parse(formData.get("articleId")), id.parse(formData.get("revisionId")));
  } catch (error) {
    return actionErrorState(error);
  }
  redirect(editPath(result.id, "restored"));
}

export type EditLockState = { held: true } | { held: false; holderName: string } | { held: false; error: string };

/** Takes or renews the edit lock (the editor calls it on opening and as a heartbeat); admins may take over. */
export async function editLockAction(articleId: number, takeOver = false): Promise<EditLockState> {
  try {
    const actor = await currentActor();
    const result = await lockArticleForEditing(await getDb(), id.parse(articleId), actor, { takeOver, ip: actor.ip });
    return result.held ? { held: true } : { held: false, holderName: result.holder.name };
  } catch (error) {
    return { held: false, error: actionErrorState(error).error ?? "" };
  }
}

export async function releaseEditLockAction(articleId: number): Promise<void> {
  const actor = await currentActor();
  await releaseEditLock(await getDb(), id.parse(articleId), actor.id);
}
