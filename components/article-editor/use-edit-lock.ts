"use client";

import { useCallback, useEffect, useState } from "react";
import { editLockAction, releaseEditLockAction, type EditLockState } from "@/app/quan-tri/bai-viet/actions";
import { EDIT_LOCK_HEARTBEAT_MS } from "@/lib/editorial/edit-lock-timing";

export type EditLockView = { state: EditLockState | null; takeOver: () => void };

/**
 * Holds the article's edit lock while the editor is open: taken on opening, renewed by a
 * heartbeat, let go on leaving. When someone else holds it (or takes it over), the state says who.
 */
export function useEditLock(articleId: number | null): EditLockView {
  const [state, setState] = useState<EditLockState | null>(articleId ? null : { held: true });

  const request = useCallback(
    async (takeOver: boolean) => {
      if (articleId) setState(await editLockAction(articleId, takeOver));
    },
    [articleId],
  );

  useEffect(() => {
    if (!articleId) return;
    void request(false);
    const timer = window.setInterval(() => void request(false), EDIT_LOCK_HEARTBEAT_MS);
    return () => {
      window.clearInterval(timer);
      void releaseEditLockAction(articleId).catch(() => undefined);
    };
  }, [articleId, request]);

  return { state, takeOver: () => void request(true) };
}
