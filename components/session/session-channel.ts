/** What tabs of one signed-in browser tell each other about the session. */
export type SessionMessage = { type: "activity" } | { type: "extended" } | { type: "signed-out" };

/**
 * A BroadcastChannel shared by the portal's tabs. Where the browser has none, each tab keeps
 * its own clock; the server's expiry still decides.
 */
export function openSessionChannel(onMessage: (message: SessionMessage) => void) {
  if (typeof BroadcastChannel === "undefined") return { post() {}, close() {} };
  const channel = new BroadcastChannel("session-activity");
  channel.onmessage = (event: MessageEvent<SessionMessage>) => onMessage(event.data);
  return {
    post: (message: SessionMessage) => channel.postMessage(message),
    close: () => channel.close(),
  };
}
