"use client";

import { useActionState } from "react";
import { restoreRevisionAction } from "@/app/quan-tri/bai-viet/actions";
import { NO_ERROR } from "@/lib/editorial/action-state";

export function RestoreRevisionButton({ articleId, revisionId }: { articleId: number; revisionId: number }) {
  const [state, formAction, pending] = useActionState(restoreRevisionAction, NO_ERROR);
  return (
    <form action={formAction} className="inline">
      <input type="hidden" name="articleId" value={articleId} />
      <input type="hidden" name="revisionId" value={revisionId} />
      <button
        type="submit"
        disabled={pending}
        aria-label={`Khôi phục phiên bản #${revisionId}`}
        className="rounded border border-brand-600 px-2 py-1 text-xs font-semibold text-brand-700 hover:bg-brand-50 disabled:opacity-60"
      >
        Khôi phục
      </button>
      {state.error ? (
        <span role="alert" className="ml-2 text-xs font-semibold text-brand-700">
          {state.error}
        </span>
      ) : null}
    </form>
  );
}
