/**
 * What the domain refuses, in its own words: a kind and a Vietnamese message that can be shown
 * to the person as it is. The domain knows no HTTP: a route handler turns the kind into a status
 * at its edge (lib/http/route-errors.ts), a server action turns the error into its form state.
 * Anything else thrown is a bug: logged with its stack, never shown.
 */
export type DomainErrorKind =
  | "invalid"
  | "unauthenticated"
  | "forbidden"
  | "not-found"
  | "conflict"
  | "too-large"
  | "too-many";

export class DomainError extends Error {
  constructor(
    readonly kind: DomainErrorKind,
    message: string,
  ) {
    super(message);
    this.name = "DomainError";
  }
}

/** What a refusal of malformed input says when nothing more specific applies. */
export const INVALID_INPUT = "Dữ liệu gửi lên không hợp lệ.";

export class InvalidInputError extends DomainError {
  constructor(message = INVALID_INPUT) {
    super("invalid", message);
  }
}

/** Signing in would help; `returnPath` is where a browser sent to the sign-in page comes back to. */
export class UnauthenticatedError extends DomainError {
  constructor(
    message = "Bạn cần đăng nhập để thực hiện thao tác này.",
    readonly returnPath?: string,
  ) {
    super("unauthenticated", message);
  }
}

export class ForbiddenError extends DomainError {
  constructor(message = "Bạn không có quyền thực hiện thao tác này.") {
    super("forbidden", message);
  }
}

export class NotFoundError extends DomainError {
  constructor(message: string) {
    super("not-found", message);
  }
}

export class ConflictError extends DomainError {
  constructor(message: string) {
    super("conflict", message);
  }
}

export class TooLargeError extends DomainError {
  constructor(message: string) {
    super("too-large", message);
  }
}

/** A limit reached; `retryAfterSeconds` is when trying again can succeed. */
export class TooManyRequestsError extends DomainError {
  constructor(
    message: string,
    readonly retryAfterSeconds: number,
  ) {
    super("too-many", message);
  }
}
