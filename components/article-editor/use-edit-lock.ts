"use client";

import { useCallback, useEffect, useState } from "react";
import { editLockAction, releaseEditLockAction, type EditLockAnswer } from "@/app/quan-tri/bai-viet/actions";
import { EDIT_LOCK_HEARTBEAT_MS, EDIT_LOCK_RETRY_MS } from "@/lib/editorial/edit-lock-timing";

export type EditLockState = EditLockAnswer | { held: false; error: string };
export type EditLockView = { state: EditLockState | null; takeOver: () => void };

const lockForm = (articleId: number, takeOver = false) => {
  const form = new FormData();
  form.set("articleId", String(articleId));
  if (takeOver) form.set("takeOver", "true");
  return form;
};

/**
 * Holds the article's edit lock while the editor is open: taken on opening, renewed by a
 * heartbeat, let go on leaving. When someone else holds it (or takes it over), the state says
 * who, and the request is repeated more often so the page becomes editable soon after they leave.
 */
export function useEditLock(articleId: number | null): EditLockView {
  const [state, setState] = useState<EditLockState | null>(articleId ? null : { held: true });

  const request = useCallback(
    async (takeOver: boolean) => {
      if (!articleId) return;
      const answer = await editLockAction({}, lockForm(articleId, takeOver));
      setState(answer.ok ?? { held: false, error: answer.error ?? "" });
    },
    [articleId],
  );

  useEffect(() => {
    if (!articleId) return;
    // Asking the server for the lock is what this effect is for; its answer sets the state.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    void request(false);
    return () => void releaseEditLockAction({}, lockForm(articleId)).catch(() => undefined);
  }, [articleId, request]);

  const held = state?.held === true;
  useEffect(() => {
    if (!articleId || state === null) return;
    const timer = window.setTimeout(() => void request(false), held ? EDIT_LOCK_HEARTBEAT_MS : EDIT_LOCK_RETRY_MS);
    return () => window.clearTimeout(timer);
  }, [articleId, state, held, request]);

  return { state, takeOver: () => void request(true) };
}
