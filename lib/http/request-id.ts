const INCOMING_ID = /^[A-Za-z0-9._-]{8,64}$/;

/**
 * The id that ties a request's log lines together: the one a load balancer or reverse proxy
 * sent in `X-Request-Id` when it looks like an id, otherwise a new one.
 */
export function requestIdOf(headers: Headers): string {
  const incoming = headers.get("x-request-id");
  return incoming && INCOMING_ID.test(incoming) ? incoming : crypto.randomUUID();
}
