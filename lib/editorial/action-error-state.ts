import { ZodError } from "zod";
import { DomainError } from "@/lib/errors/domain-error";
import type { ActionState } from "./action-state";

/** Turns an expected failure into a message for the form; anything else is a real fault and rethrown. */
export function actionErrorState(error: unknown): ActionState {
  if (error instanceof DomainError) return { error: error.message };
  if (error instanceof ZodError) return { error: error.issues[0]?.message || "Dữ liệu gửi lên không hợp lệ." };
  throw error;
}
