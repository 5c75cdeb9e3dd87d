import type { DomainErrorKind } from "@/lib/errors/domain-error";

/** The HTTP status a route handler answers for each kind of domain refusal. */
export const STATUS_OF_KIND: Record<DomainErrorKind, 400 | 401 | 403 | 404 | 409 | 413 | 429> = {
  invalid: 400,
  unauthenticated: 401,
  forbidden: 403,
  "not-found": 404,
  conflict: 409,
  "too-large": 413,
  "too-many": 429,
};
