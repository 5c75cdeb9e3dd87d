"use client";

import { workflowActionAction } from "@/app/quan-tri/bai-viet/actions";
import { ActionForm } from "@/components/editor-area/action-form";
import type { WorkflowAction } from "@/lib/editorial/workflow";

type Props = { articleId: number; actions: WorkflowAction[] };

const buttonClass = "rounded border border-gray-400 bg-white px-3 py-1.5 text-sm font-semibold hover:border-brand-600 disabled:opacity-60";

/** Workflow steps that do not save the text: return to the author with a note, suspend, withdraw. */
export function WorkflowPanel({ articleId, actions }: Props) {
  if (actions.length === 0) return null;
  return (
    <section aria-labelledby="duyet-bai" className="rounded border border-gray-300 bg-gray-50 p-3">
      <h2 id="duyet-bai" className="text-base font-bold">
        Duyệt bài
      </h2>
      {actions.includes("reject") ? (
        <ActionForm action={workflowActionAction} className="mt-2 space-y-2">
          {(pending) => (
            <>
              <input type="hidden" name="articleId" value={articleId} />
              <input type="hidden" name="action" value="reject" />
              <label className="block text-sm font-semibold">
                Lý do trả lại
                <textarea name="note" rows={2} required maxLength={2000} className="mt-1 w-full rounded border border-gray-400 px-3 py-2 font-normal" />
              </label>
              <button type="submit" disabled={pending} className={buttonClass}>
                Trả lại cho tác giả
              </button>
            </>
          )}
        </ActionForm>
      ) : null}
      <div className="mt-2 flex flex-wrap gap-2">
        {(["withdraw", "suspend"] as const)
          .filter((action) => actions.includes(action))
          .map((action) => (
            <ActionForm key={action} action={workflowActionAction}>
              {(pending) => (
                <>
                  <input type="hidden" name="articleId" value={articleId} />
                  <input type="hidden" name="action" value={action} />
                  <button type="submit" disabled={pending} className={buttonClass}>
                    {action === "withdraw" ? "Rút về nháp" : "Đình chỉ bài viết"}
                  </button>
                </>
              )}
            </ActionForm>
          ))}
      </div>
    </section>
  );
}
