"use client";

import dynamic from "next/dynamic";

/**
 * The idle-session prompt as the root layout renders it for a signed-in user: the prompt, and
 * next-auth's client with it, are a chunk of their own, fetched only when this renders. The
 * layout's own chunks carry only this loader, so an anonymous reader downloads neither
 * (e2e/anonymous-scripts.spec.ts). The prompt shows nothing until the warning, so nothing is
 * lost by rendering it in the browser alone.
 */
export const StaffSessionPrompt = dynamic(() => import("./idle-session-prompt").then((module) => module.IdleSessionPrompt), { ssr: false });
