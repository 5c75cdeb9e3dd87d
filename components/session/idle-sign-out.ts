"use client";

import { useEffect, useRef } from "react";

/**
 * What editor pages use to keep unsaved work when the idle prompt signs the user out.
 *
 *   useBeforeIdleSignOut(() => saveLocalDraft(`bai-viet:${id}`, { title, bodyHtml }));
 *   const draft = readLocalDraft<{ title: string; bodyHtml: string }>(`bai-viet:${id}`);
 *   // offer draft.data (saved at draft.savedAt) back to the user, then clearLocalDraft(...)
 *
 * The event fires synchronously just before the sign-out request, so a handler must save
 * synchronously (localStorage), not over the network: the session is about to end.
 */
export const BEFORE_IDLE_SIGN_OUT = "portal:before-idle-sign-out";

const DRAFT_PREFIX = "portal-draft:";

export type LocalDraft<T> = { savedAt: string; data: T };

export function saveLocalDraft(key: string, data: unknown): void {
  try {
    localStorage.setItem(DRAFT_PREFIX + key, JSON.stringify({ savedAt: new Date().toISOString(), data }));
  } catch {
    // Storage full or disabled: nothing else can be done on the way out.
  }
}

export function readLocalDraft<T>(key: string): LocalDraft<T> | null {
  try {
    const stored = localStorage.getItem(DRAFT_PREFIX + key);
    return stored ? (JSON.parse(stored) as LocalDraft<T>) : null;
  } catch {
    return null;
  }
}

export function clearLocalDraft(key: string): void {
  try {
    localStorage.removeItem(DRAFT_PREFIX + key);
  } catch {
    // Nothing to clear when storage is unavailable.
  }
}

/** Runs `handler` when the idle prompt is about to sign the user out (the latest handler wins). */
export function useBeforeIdleSignOut(handler: () => void): void {
  const latest = useRef(handler);
  useEffect(() => {
    latest.current = handler;
  });
  useEffect(() => {
    const listener = () => latest.current();
    window.addEventListener(BEFORE_IDLE_SIGN_OUT, listener);
    return () => window.removeEventListener(BEFORE_IDLE_SIGN_OUT, listener);
  }, []);
}
