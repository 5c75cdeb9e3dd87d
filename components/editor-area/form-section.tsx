import type { FormState } from "@/lib/actions/form-state";
import { ActionForm } from "./action-form";

type Props = {
  id: string;
  title: string;
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  children: React.ReactNode;
};

/** A titled part of an admin page holding one form bound to a server action. */
export function FormSection({ id, title, action, children }: Props) {
  return (
    <section aria-labelledby={id}>
      <h2 id={id} className="text-lg font-bold">
        {title}
      </h2>
      <ActionForm action={action} className="mt-3 grid max-w-xl gap-3">
        {children}
      </ActionForm>
    </section>
  );
}
