"use client";

import { signOut } from "next-auth/react";
import { useCallback, useEffect, useRef, useState } from "react";
import {
  IDLE_WARNING_SECONDS,
  announcementStep,
  countdownText,
  secondsShown,
} from "@/lib/session/idle-countdown";
import { BEFORE_IDLE_SIGN_OUT } from "./idle-sign-out";
import { openSessionChannel, type SessionMessage } from "./session-channel";

// The user's activity extends the server session at most this often (then once more after
// the last activity), so typing in an editor keeps the session without a request per key.
const EXTEND_INTERVAL_MS = 60_000;
// Other tabs hear of activity at most this often; their clocks lag by no more than this.
const BROADCAST_INTERVAL_MS = 1000;
const ACTIVITY_EVENTS = ["keydown", "pointerdown", "wheel", "scroll", "touchstart", "input"] as const;

type Props = { idleSeconds: number };

/**
 * The idle-session prompt for signed-in users. Its clock is the time since the last activity
 * in any tab; the server's own token expiry stays the authority (a missed keep-alive only
 * means the server refuses the next request). At limit − 60 s it opens a modal alert dialog
 * with the reference page's words; at zero it signs out and sends the user to sign in again.
 */
export function IdleSessionPrompt({ idleSeconds }: Props) {
  const limitMs = idleSeconds * 1000;
  // Set when the prompt mounts (noteActivity), not while rendering.
  const lastActivity = useRef(0);
  const lastExtended = useRef(0);
  const lastBroadcast = useRef(0);
  const trailingExtend = useRef<number | undefined>(undefined);
  const channel = useRef<ReturnType<typeof openSessionChannel> | null>(null);
  const [secondsLeft, setSecondsLeft] = useState<number | null>(null);
  const [failed, setFailed] = useState(false);
  const open = secondsLeft !== null;

  const extendOnServer = useCallback(async (): Promise<"ok" | "signed-out" | "error"> => {
    lastExtended.current = Date.now();
    try {
      const response = await fetch("/api/session/keep-alive", { method: "POST" });
      if (response.status === 401) return "signed-out";
      return response.ok ? "ok" : "error";
    } catch {
      return "error";
    }
  }, []);

  const leave = useCallback(
    async (signOutHere: boolean) => {
      window.dispatchEvent(new Event(BEFORE_IDLE_SIGN_OUT));
      if (signOutHere) {
        channel.current?.post({ type: "signed-out" });
        await signOut({ redirect: false }).catch(() => undefined);
      }
      const back = `${window.location.pathname}${window.location.search}`;
      // A full page load, not a client navigation: nothing of the signed-out session stays in memory.
      // eslint-disable-next-line @next/next/no-location-assign-relative-destination
      window.location.assign(`/dang-nhap?het-phien=1&callbackUrl=${encodeURIComponent(back)}`);
    },
    [],
  );

  // Activity: restart the idle clock here and in the other tabs, and extend the server
  // session at most once per interval, with one trailing call so the last activity counts.
  const noteActivity = useCallback(() => {
    lastActivity.current = Date.now();
    if (lastActivity.current - lastBroadcast.current >= BROADCAST_INTERVAL_MS) {
      lastBroadcast.current = lastActivity.current;
      channel.current?.post({ type: "activity" });
    }
    const wait = lastExtended.current + EXTEND_INTERVAL_MS - Date.now();
    if (wait <= 0) {
      void extendOnServer();
    } else if (trailingExtend.current === undefined) {
      trailingExtend.current = window.setTimeout(() => {
        trailingExtend.current = undefined;
        void extendOnServer();
      }, wait);
    }
  }, [extendOnServer]);

  const restart = useCallback(() => {
    lastActivity.current = Date.now();
    setSecondsLeft(null);
    setFailed(false);
  }, []);

  const keepAlive = useCallback(async () => {
    const result = await extendOnServer();
    if (result === "signed-out") return leave(false);
    if (result === "error") return setFailed(true);
    channel.current?.post({ type: "extended" });
    restart();
  }, [extendOnServer, leave, restart]);

  // Tabs share one idle clock: activity or a keep-alive elsewhere restarts it here too.
  useEffect(() => {
    const opened = openSessionChannel((message: SessionMessage) => {
      if (message.type === "activity") lastActivity.current = Date.now();
      if (message.type === "extended") {
        lastExtended.current = Date.now();
        restart();
      }
      if (message.type === "signed-out") void leave(false);
    });
    channel.current = opened;
    return () => opened.close();
  }, [leave, restart]);

  // Loading a page is activity.
  useEffect(() => noteActivity(), [noteActivity]);

  // So are keys, clicks, scrolling and typing, unless the prompt is open, where only its own
  // action (or Enter / Esc) counts.
  useEffect(() => {
    if (open) return;
    const options = { capture: true, passive: true };
    for (const type of ACTIVITY_EVENTS) window.addEventListener(type, noteActivity, options);
    return () => {
      for (const type of ACTIVITY_EVENTS) window.removeEventListener(type, noteActivity, options);
    };
  }, [open, noteActivity]);

  useEffect(() => () => window.clearTimeout(trailingExtend.current), []);

  // One tick a second, computed from the clock rather than counted, so sleep or a busy tab
  // cannot drift it.
  useEffect(() => {
    const tick = () => {
      const remaining = lastActivity.current + limitMs - Date.now();
      if (remaining <= 0) {
        window.clearInterval(timer);
        void leave(true);
        return;
      }
      const seconds = secondsShown(remaining);
      setSecondsLeft(seconds <= IDLE_WARNING_SECONDS ? seconds : null);
    };
    const timer = window.setInterval(tick, 1000);
    return () => window.clearInterval(timer);
  }, [limitMs, leave]);

  if (!open) return null;
  return (
    <IdleDialog secondsLeft={secondsLeft} failed={failed} onKeepAlive={keepAlive} />
  );
}

type DialogProps = { secondsLeft: number; failed: boolean; onKeepAlive: () => void };

/**
 * The modal part: focus moves to the action and comes back on close, the page underneath is
 * inert and does not scroll, Enter and Esc keep the session, and the countdown is spoken
 * politely at its steps while the visible one changes every second.
 */
function IdleDialog({ secondsLeft, failed, onKeepAlive }: DialogProps) {
  const container = useRef<HTMLDivElement>(null);
  const action = useRef<HTMLButtonElement>(null);
  // The live region changes only when the countdown enters a new step, with the seconds then.
  const step = announcementStep(secondsLeft);
  const [spoken, setSpoken] = useState({ step, text: countdownText(secondsLeft) });
  if (spoken.step !== step) setSpoken({ step, text: countdownText(secondsLeft) });

  useEffect(() => {
    const previousFocus = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const root = container.current;
    const outside = [...document.body.children].filter((element) => element !== root && !element.contains(root));
    for (const element of outside) element.setAttribute("inert", "");
    const overflow = document.documentElement.style.overflow;
    document.documentElement.style.overflow = "hidden";
    action.current?.focus();
    const onKey = (event: KeyboardEvent) => {
      if (event.key === "Escape" || event.key === "Enter") {
        event.preventDefault();
        onKeepAlive();
      } else if (event.key === "Tab") {
        // The one action is the only stop: focus stays in the dialog.
        event.preventDefault();
        action.current?.focus();
      }
    };
    document.addEventListener("keydown", onKey);
    return () => {
      document.removeEventListener("keydown", onKey);
      for (const element of outside) element.removeAttribute("inert");
      document.documentElement.style.overflow = overflow;
      previousFocus?.focus();
    };
  }, [onKeepAlive]);

  return (
    <div ref={container} className="fixed inset-0 z-50 flex items-start justify-center bg-black/50 p-4 pt-[15vh]">
      <div
        role="alertdialog"
        aria-modal="true"
        aria-labelledby="idle-prompt-title"
        aria-describedby="idle-prompt-message"
        className="w-full max-w-lg rounded border-t-4 border-amber-500 bg-amber-50 p-5 shadow-xl"
      >
        <h2 id="idle-prompt-title" className="text-lg font-bold text-ink">
          Phiên đăng nhập sắp hết hạn
        </h2>
        <p id="idle-prompt-message" className="mt-2">
          Bạn đã không sử dụng Site,{" "}
          <button
            ref={action}
            type="button"
            onClick={onKeepAlive}
            className="rounded bg-brand-600 px-2 py-0.5 font-semibold text-white underline hover:bg-brand-700"
          >
            Bấm vào đây
          </button>{" "}
          để duy trì trạng thái đăng nhập. <span aria-hidden="true">{countdownText(secondsLeft)}</span>
        </p>
        <p className="mt-2 text-sm text-muted">
          Hết thời gian chờ, bạn sẽ được đăng xuất; nội dung đang soạn chưa lưu được giữ tạm trên máy này.
        </p>
        {failed ? (
          <p role="alert" className="mt-2 text-sm font-semibold text-brand-700">
            Chưa kết nối được máy chủ, vui lòng bấm lại.
          </p>
        ) : null}
        <p aria-live="polite" className="sr-only">
          {spoken.text}
        </p>
      </div>
    </div>
  );
}
