"use client";

import { useSyncExternalStore } from "react";
import { DEFAULT_TEXT_SIZE, nextTextSize, parseTextSize, TEXT_SIZE_KEY } from "@/lib/site/text-size";

// The chosen size lives in the browser's storage, which other tabs change too: React reads it
// as an external store, so the server's render (the default size) and the browser's agree.
const listeners = new Set<() => void>();

function subscribe(listener: () => void) {
  listeners.add(listener);
  window.addEventListener("storage", listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener("storage", listener);
  };
}

function storedSize(): number {
  try {
    return parseTextSize(localStorage.getItem(TEXT_SIZE_KEY));
  } catch {
    // No storage: the default size it is.
    return DEFAULT_TEXT_SIZE;
  }
}

function chooseTextSize(size: number) {
  document.documentElement.style.fontSize = size === DEFAULT_TEXT_SIZE ? "" : `${size}%`;
  try {
    if (size === DEFAULT_TEXT_SIZE) localStorage.removeItem(TEXT_SIZE_KEY);
    else localStorage.setItem(TEXT_SIZE_KEY, String(size));
  } catch {
    // Private browsing may refuse storage: the size still applies to this page, not the next.
  }
  for (const listener of listeners) listener();
}

/** "Cỡ chữ": smaller, default, larger; the choice is kept in this browser for every page. */
export function TextSizeControl() {
  const size = useSyncExternalStore(subscribe, storedSize, () => DEFAULT_TEXT_SIZE);
  const button = "rounded px-1.5 leading-5 hover:bg-white/20 disabled:opacity-50";
  // Each name begins with the button's visible text, so a speech user can say what they see (WCAG 2.5.3).
  return (
    <div role="group" aria-label="Cỡ chữ" className="flex items-center gap-1">
      <span aria-hidden="true">Cỡ chữ:</span>
      <button type="button" className={button} onClick={() => chooseTextSize(nextTextSize(size, -1))} disabled={size === DEFAULT_TEXT_SIZE} aria-label="A− Giảm cỡ chữ">
        A−
      </button>
      <button type="button" className={button} onClick={() => chooseTextSize(DEFAULT_TEXT_SIZE)} aria-label="A Cỡ chữ mặc định">
        A
      </button>
      <button type="button" className={button} onClick={() => chooseTextSize(nextTextSize(size, 1))} disabled={size === 200} aria-label="A+ Tăng cỡ chữ">
        A+
      </button>
      {/* Announced, but not a page "status": pages keep role=status for their own messages. */}
      <span className="sr-only" aria-live="polite">
        {`Cỡ chữ hiện tại: ${size}%`}
      </span>
    </div>
  );
}
