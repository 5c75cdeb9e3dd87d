"use client";

import { restoreRevisionAction } from "@/app/quan-tri/bai-viet/actions";
import { ActionForm } from "@/components/editor-area/action-form";

export function RestoreRevisionButton({ articleId, revisionId }: { articleId: number; revisionId: number }) {
  return (
    <ActionForm action={restoreRevisionAction} className="inline-block">
      {(pending) => (
        <>
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
        </>
      )}
    </ActionForm>
  );
}
