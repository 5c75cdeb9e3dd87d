"use client";

import { createContext, startTransition, useActionState, useContext } from "react";
import type { ActionState } from "@/lib/documents/editor-actions";

type Props = {
  action: (state: ActionState, form: FormData) => Promise<ActionState>;
  children: React.ReactNode;
  className?: string;
  label?: string;
};

const PendingContext = createContext(false);

/**
 * A form posting to a server action, showing the action's error or confirmation next to it.
 * Submitted through onSubmit rather than `action`, because React resets a form after its
 * action runs: an editor whose input was refused would lose everything typed.
 */
export function ActionForm({ action, children, className, label }: Props) {
  const [state, formAction, pending] = useActionState(action, {});
  return (
    <form
      className={className}
      aria-label={label}
      onSubmit={(event) => {
        event.preventDefault();
        const data = new FormData(event.currentTarget);
        startTransition(() => formAction(data));
      }}
    >
      <PendingContext.Provider value={pending}>{children}</PendingContext.Provider>
      {state.error ? (
        <p role="alert" className="mt-2 rounded bg-red-50 p-2 text-sm text-red-800">
          {state.error}
        </p>
      ) : null}
      {state.message ? (
        <p role="status" className="mt-2 text-sm text-green-800">
          {state.message}
        </p>
      ) : null}
    </form>
  );
}

export function SubmitButton({ children, variant = "primary" }: { children: React.ReactNode; variant?: "primary" | "plain" }) {
  const pending = useContext(PendingContext);
  const style =
    variant === "primary"
      ? "bg-brand-600 text-white hover:bg-brand-700"
      : "border border-gray-300 bg-white text-ink hover:border-brand-600";
  return (
    <button type="submit" disabled={pending} className={`rounded px-3 py-1.5 text-sm font-semibold disabled:opacity-60 ${style}`}>
      {children}
    </button>
  );
}
