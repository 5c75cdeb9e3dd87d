"use client";

import { createContext, startTransition, useActionState, useContext, useEffect, useId, useRef } from "react";
import type { FormState } from "@/lib/actions/form-state";

type Props = {
  action: (state: FormState, form: FormData) => Promise<FormState>;
  children: React.ReactNode | ((pending: boolean) => React.ReactNode);
  className?: string;
  /** The form's accessible name, for pages with many small forms (one per row). */
  label?: string;
  formRef?: React.RefObject<HTMLFormElement | null>;
};

const PendingContext = createContext(false);

/**
 * The one form of the editor area, bound to an action made with defineAction: it announces the
 * action's confirmation (role=status) or error (role=alert, focused so a keyboard or screen
 * reader user lands on it), and is aria-busy while the action runs. It is submitted through
 * onSubmit rather than `action`, because React resets a form after its action runs and an
 * editor whose input was refused would lose everything typed (it is reset once the action
 * succeeds); the pressed button's name and value go with the data.
 */
export function ActionForm({ action, children, className, label, formRef }: Props) {
  const [state, formAction, pending] = useActionState(action, {});
  const messageId = useId();
  const errorRef = useRef<HTMLParagraphElement>(null);
  const ownRef = useRef<HTMLFormElement>(null);
  const form = formRef ?? ownRef;
  useEffect(() => {
    if (state.error) errorRef.current?.focus();
    // Done: the fields go back to what the refreshed page says, ready for the next entry.
    else if (state.ok !== undefined) form.current?.reset();
  }, [state, form]);
  return (
    <form
      ref={form}
      className={className}
      aria-label={label}
      aria-busy={pending}
      aria-describedby={messageId}
      onSubmit={(event) => {
        event.preventDefault();
        const data = new FormData(event.currentTarget, (event.nativeEvent as SubmitEvent).submitter);
        startTransition(() => formAction(data));
      }}
    >
      <PendingContext.Provider value={pending}>{typeof children === "function" ? children(pending) : children}</PendingContext.Provider>
      <div id={messageId}>
        {state.error ? (
          <p ref={errorRef} role="alert" tabIndex={-1} className="mt-2 rounded bg-red-50 p-2 text-sm font-semibold text-red-800">
            {state.error}
          </p>
        ) : (
          <p role="status" className="min-h-5 text-sm font-semibold text-green-800">
            {state.ok}
          </p>
        )}
      </div>
    </form>
  );
}

/** A submit button of an ActionForm, disabled while its action runs. */
export function SubmitButton({ children, variant = "primary", name, value }: { children: React.ReactNode; variant?: "primary" | "plain"; name?: string; value?: string }) {
  const pending = useContext(PendingContext);
  const style =
    variant === "primary"
      ? "bg-brand-600 text-white hover:bg-brand-700"
      : "border border-gray-300 bg-white text-ink hover:border-brand-600";
  return (
    <button type="submit" name={name} value={value} disabled={pending} className={`rounded px-3 py-1.5 text-sm font-semibold disabled:opacity-60 ${style}`}>
      {children}
    </button>
  );
}
