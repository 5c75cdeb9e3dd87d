"use client";

import { useActionState } from "react";
import { useFormStatus } from "react-dom";
import type { ActionState } from "@/lib/documents/editor-actions";

type Props = {
  action: (state: ActionState, form: FormData) => Promise<ActionState>;
  children: React.ReactNode;
  className?: string;
  label?: string;
};

/** A form posting to a server action, showing the action's error or confirmation next to it. */
export function ActionForm({ action, children, className, label }: Props) {
  const [state, formAction] = useActionState(action, {});
  return (
    <form action={formAction} className={className} aria-label={label}>
      {children}
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
  const { pending } = useFormStatus();
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
