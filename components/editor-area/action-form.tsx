"use client";

import { useActionState } from "react";
import type { ActionState } from "@/lib/auth/guarded-action";

type Props = {
  action: (state: ActionState, formData: FormData) => Promise<ActionState>;
  children: React.ReactNode;
  className?: string;
};

/**
 * A form bound to a guarded server action, announcing its result next to it. React resets
 * the fields to their defaults after each submission, which the revalidated page refreshes.
 */
export function ActionForm({ action, children, className }: Props) {
  const [state, formAction, pending] = useActionState(action, {});
  return (
    <form action={formAction} className={className} aria-busy={pending}>
      {children}
      <p role={state.error ? "alert" : "status"} className={`min-h-5 text-sm font-semibold ${state.error ? "text-brand-700" : "text-green-800"}`}>
        {state.error ?? state.ok}
      </p>
    </form>
  );
}
