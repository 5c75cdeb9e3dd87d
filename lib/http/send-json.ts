/** What the browser islands get back from a JSON route: the body on success, the Vietnamese error otherwise. */
export type JsonResult<T> = { ok: true; status: number; data: T } | { ok: false; status: number; error: string };

const NETWORK_ERROR = "Không kết nối được với máy chủ. Vui lòng thử lại.";

export async function sendJson<T>(url: string, init: { method?: "GET" | "POST"; body?: unknown; signal?: AbortSignal } = {}): Promise<JsonResult<T>> {
  try {
    const response = await fetch(url, {
      method: init.method ?? "POST",
      headers: init.body === undefined ? undefined : { "Content-Type": "application/json" },
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
      signal: init.signal,
    });
    const body = await response.json().catch(() => ({}));
    if (response.ok) return { ok: true, status: response.status, data: body as T };
    const error = typeof body?.error === "string" ? body.error : NETWORK_ERROR;
    return { ok: false, status: response.status, error };
  } catch {
    return { ok: false, status: 0, error: NETWORK_ERROR };
  }
}
