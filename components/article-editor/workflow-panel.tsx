"use client";

import { useActionState } from "react";
import { workflowActionAction } from "@/app/quan-tri/bai-viet/actions";
import { NO_ERROR } from "@/lib/editorial/action-state";
import type { WorkflowAction } from "@/lib/editorial/workflow";

type Props = { articleId: number; actions: WorkflowAction[] };

/** Workflow steps that do not save the text: return to the author with a note, suspend, withdraw. */
export function WorkflowPanel({ articleId, actions }: Props) {
  const [state, formAction, pending] = useActionState(workflowActionAction, NO_ERROR);
  if (actions.length === 0) return null;
  const buttonClass = "rounded border border-gray-400 bg-white px-3 py-1.5 text-sm font-semibold hover:border-brand-600 disabled:opacity-60";
  return (
    <section aria-labelledby="duyet-bai" className="rounded border border-gray-300 bg-gray-50 p-3">
      <h2 id="duyet-bai" className="text-base font-bold">
        Duyệt bài
      </h2>
      <p role="alert" className="text-sm font-semibold text-brand-700">
        {state.error}
      </p>
      {actions.includes("reject") ? (
        <form action={formAction} className="mt-2 space-y-2">
          <input type="hidden" name="articleId" value={articleId} />
          <input type="hidden" name="action" value="reject" />
          <label className="block text-sm font-semibold">
            Lý do trả lại
            <textarea name="note" rows={2} required maxLength={2000} className="mt-1 w-full rounded border border-gray-400 px-3 py-2 font-normal" />
          </label>
          <button type="submit" disabled={pending} className={buttonClass}>
            Trả lại cho tác giả
          </button>
        </form>
      ) : null}
      <div className="mt-2 flex flex-wrap gap-2">
        {(["withdraw", "suspend"] as const)
          .filter((action) => actions.includes(action))
          .map((action) => (
            <form key={action} action={formAction}>
              <input type="hidden" name="articleId" value={articleId} />
              <input type="hidden" name="action" value={action} />
              <button type="submit" disabled={pending} className={buttonClass}>
                {action === "withdraw" ? "Rút về nháp" : "Đình chỉ bài viết"}
              </button>
            </form>
          ))}
      </div>
    </section>
  );
}
