import "server-only";
import { headers } from "next/headers";
import { redirect, unstable_rethrow } from "next/navigation";
import type { z } from "zod";
import { ZodError } from "zod";
import { actorFor, type Actor } from "@/lib/audit/actor";
import { requirePermission } from "@/lib/auth/current-user";
import type { Permission } from "@/lib/auth/roles";
import { DomainError, INVALID_INPUT, InvalidInputError, type DomainErrorKind } from "@/lib/errors/domain-error";
import { requestIdOf } from "@/lib/http/request-id";
import { logger } from "@/lib/observability/logger";
import type { FormState } from "./form-state";

type Work<S extends z.ZodType, T> = (input: z.output<S>, actor: Actor) => Promise<T | void>;
// A confirmation's type as the form sees it: any sentence, not the few the work happens to return.
type Answer<T> = [T] extends [never] ? string : [T] extends [void] ? string : T extends string ? string : T;
type Outcome<T> = { done: T | void } | { refused: DomainError } | { failed: string };

/**
 * The form's fields as the schema reads them: a field sent once is its value, a repeated one
 * (checkboxes) the list of its values. The schema then decides what each may be, so a list
 * where one text is expected is refused like any other wrong input.
 */
function formValues(form: FormData): Record<string, FormDataEntryValue | FormDataEntryValue[]> {
  const values: Record<string, FormDataEntryValue | FormDataEntryValue[]> = {};
  for (const name of new Set(form.keys())) {
    const all = form.getAll(name);
    values[name] = all.length === 1 ? all[0] : all;
  }
  return values;
}

async function perform<S extends z.ZodType, T>(name: string, permission: Permission, schema: S, form: unknown, work: Work<S, T>): Promise<Outcome<T>> {
  const requestHeaders = await headers();
  try {
    const actor = actorFor(await requirePermission(permission), requestHeaders);
    // A forged call can send any arguments; only a form is read.
    if (!(form instanceof FormData)) throw new InvalidInputError();
    // Zod's own messages are English: a field without a Vietnamese message of its own gets the general one.
    const parsed = schema.safeParse(formValues(form), { error: () => INVALID_INPUT });
    if (!parsed.success) throw new InvalidInputError(parsed.error.issues[0]?.message || INVALID_INPUT);
    return { done: await work(parsed.data, actor) };
  } catch (error) {
    // Next's redirect() and notFound() are thrown signals, not failures.
    unstable_rethrow(error);
    if (error instanceof DomainError) return { refused: error };
    if (error instanceof ZodError) return { refused: new InvalidInputError(error.issues[0]?.message || INVALID_INPUT) };
    const requestId = requestIdOf(requestHeaders);
    logger.error("server action failed", { requestId, action: name, error });
    return { failed: requestId };
  }
}

const failureMessage = (requestId: string) =>
  `Đã có lỗi ngoài ý muốn, thao tác chưa được thực hiện. Vui lòng thử lại hoặc báo quản trị hệ thống mã yêu cầu ${requestId}.`;

/**
 * The one way to write an editor-side server action for a form with state (`ActionForm`):
 * the permission it needs, the zod schema its form is read through, and the work, handed the
 * parsed input and the actor. A session that has ended, a missing right, wrong input and any
 * domain refusal become the form's error; the work's answer its confirmation; redirect() and
 * notFound() go through. Anything else is a bug: logged with the request id, which the
 * message gives, never the error itself.
 */
export function defineAction<S extends z.ZodType, T = string>(name: string, permission: Permission, schema: S, work: Work<S, T>) {
  return async (_state: FormState<Answer<T>>, form: FormData): Promise<FormState<Answer<T>>> => {
    const outcome = await perform(name, permission, schema, form, work);
    if ("done" in outcome) return outcome.done === undefined ? {} : { ok: outcome.done as Answer<T> };
    if ("refused" in outcome) return { error: outcome.refused.message };
    return { error: failureMessage(outcome.failed) };
  };
}

/**
 * The same for a plain form (no state, no script needed), which can only be answered with a
 * page: a session that has ended goes to sign in and back to `page`; any other refusal or
 * failure to the page `refused` names for it. The work redirects on success.
 */
export function definePlainAction<S extends z.ZodType>(
  name: string,
  permission: Permission,
  schema: S,
  work: Work<S, never>,
  answers: { page: string; refused: (form: FormData, refusal: DomainErrorKind | "failed") => string },
) {
  return async (form: FormData): Promise<void> => {
    const outcome = await perform(name, permission, schema, form, work);
    if ("done" in outcome) redirect(answers.page);
    if ("refused" in outcome && outcome.refused.kind === "unauthenticated") {
      redirect(`/dang-nhap?callbackUrl=${encodeURIComponent(answers.page)}`);
    }
    const refusal = "refused" in outcome ? outcome.refused.kind : "failed";
    redirect(answers.refused(form instanceof FormData ? form : new FormData(), refusal));
  };
}
