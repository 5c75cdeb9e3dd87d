import { describe, expect, it } from "vitest";
import { z } from "zod";
import { setLogSink } from "@/lib/observability/logger";
import { ApiError, handleRoute, parseRouteId, readFormBody, readJsonBody } from "./api-error";

// The public address writes are checked against (lib/http/same-origin.ts).
process.env.NEXTAUTH_URL = "http://sonha.test";

const echo = handleRoute(async (request: Request) => Response.json(await readJsonBody(request)));
const post = (body: string, headers: Record<string, string> = {}) =>
  new Request("http://sonha.test/api/x", { method: "POST", body, headers: { host: "sonha.test", ...headers } });

describe("handleRoute", () => {
  it("passes good requests through", async () => {
    const response = await echo(post('{"a":1}', { origin: "http://sonha.test" }), undefined);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ a: 1 });
  });

  it("refuses writes from another site with 403 and a Vietnamese message", async () => {
    const response = await echo(post("{}", { origin: "https://evil.example" }), undefined);
    expect(response.status).toBe(403);
    expect((await response.json()).error).toMatch(/từ chối/);
  });

  it("answers 400 for a body that is not JSON and 413 for one too large", async () => {
    expect((await echo(post("{oops"), undefined)).status).toBe(400);
    expect((await echo(post(JSON.stringify({ text: "x".repeat(20_000) })), undefined)).status).toBe(413);
  });

  it("stops reading a body at its limit: a declared length is refused unread, a streamed one at the first byte past it", async () => {
    const declared = await echo(post("{}", { "content-length": "100000000" }), undefined);
    expect(declared.status).toBe(413);
    expect((await declared.json()).error).toBe("Nội dung gửi lên quá lớn.");
    // 10,000 chunks of 1 KiB with no Content-Length: only what fits the 16 KiB limit is pulled.
    let pulled = 0;
    const chunk = new TextEncoder().encode(" ".repeat(1024));
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled++;
        if (pulled > 10_000) controller.close();
        else controller.enqueue(chunk);
      },
    });
    const streamed = new Request("http://sonha.test/api/x", { method: "POST", body: endless, duplex: "half", headers: { host: "sonha.test" } } as RequestInit);
    const response = await echo(streamed, undefined);
    expect(response.status).toBe(413);
    expect(pulled).toBeLessThan(40);
  });

  it("reads a multipart form within its limit, and cuts off a chunked one at the first byte past it", async () => {
    const formEcho = handleRoute(async (request: Request) => {
      const form = await readFormBody(request, 16_384, "Tệp quá lớn.");
      return Response.json({ size: (form.get("file") as File).size, note: form.get("note") });
    });
    const form = new FormData();
    form.set("file", new File([new Uint8Array(1000)], "a.png"));
    form.set("note", "ảnh bìa");
    const good = await formEcho(new Request("http://sonha.test/api/x", { method: "POST", body: form, headers: { host: "sonha.test" } }), undefined);
    expect(await good.json()).toEqual({ size: 1000, note: "ảnh bìa" });

    const declared = await formEcho(post("x", { "content-length": "100000000", "content-type": "multipart/form-data; boundary=x" }), undefined);
    expect([declared.status, (await declared.json()).error]).toEqual([413, "Tệp quá lớn."]);
    let pulled = 0;
    const chunk = new Uint8Array(1024);
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled++;
        if (pulled > 100_000) controller.close();
        else controller.enqueue(chunk);
      },
    });
    const headers = { host: "sonha.test", "content-type": "multipart/form-data; boundary=x" };
    const streamed = await formEcho(new Request("http://sonha.test/api/x", { method: "POST", body: endless, duplex: "half", headers } as RequestInit), undefined);
    expect([streamed.status, (await streamed.json()).error]).toEqual([413, "Tệp quá lớn."]);
    expect(pulled).toBeLessThan(40);

    for (const [body, contentType] of [["{}", "application/json"], ["không phải biểu mẫu", "multipart/form-data; boundary=x"]]) {
      const refused = await formEcho(post(body, { "content-type": contentType }), undefined);
      expect([refused.status, (await refused.json()).error], contentType).toEqual([400, "Cần gửi tệp dưới dạng biểu mẫu (multipart/form-data)."]);
    }
  });

  it("answers 400 for a lone UTF-16 surrogate or bytes that are not UTF-8, which no database stores", async () => {
    for (const body of ['{"text":"\\ud800"}', '{"\\udfff":1}', '["a",{"b":["\\ud83d"]}]']) {
      const response = await echo(post(body), undefined);
      expect(response.status, body).toBe(400);
      expect((await response.json()).error).toBe("Dữ liệu gửi lên không hợp lệ.");
    }
    const notUtf8 = new Request("http://sonha.test/api/x", { method: "POST", body: new Uint8Array([0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xff, 0x22, 0x7d]), headers: { host: "sonha.test" } });
    expect((await echo(notUtf8, undefined)).status).toBe(400);
    // Nesting deeper than any form (5,000 arrays) is refused, not a stack overflow; 30 levels pass.
    const deep = await echo(post(`${"[".repeat(5_000)}${"]".repeat(5_000)}`), undefined);
    expect([deep.status, (await deep.json()).error]).toEqual([400, "Dữ liệu gửi lên không hợp lệ."]);
    expect((await echo(post(`${"[".repeat(30)}${"]".repeat(30)}`), undefined)).status).toBe(200);
    // A whole surrogate pair (an emoji) is fine.
    expect((await echo(post('{"text":"\\ud83d\\ude00"}'), undefined)).status).toBe(200);
  });

  it("maps zod errors to 400 and hides unexpected errors behind a generic 500", async () => {
    const strict = handleRoute(async () => Response.json(z.object({ score: z.number({ error: "Điểm không hợp lệ." }) }).parse({})));
    const zodResponse = await strict(new Request("http://sonha.test/"), undefined);
    expect(zodResponse.status).toBe(400);
    expect((await zodResponse.json()).error).toBe("Điểm không hợp lệ.");

    const failing = handleRoute(async () => {
      throw new Error("SQLITE_CORRUPT: secret detail");
    });
    const lines: { level: string; line: string }[] = [];
    setLogSink((level, line) => lines.push({ level, line }));
    try {
      const crashed = await failing(new Request("http://sonha.test/api/x", { headers: { "x-request-id": "req-12345678" } }), undefined);
      expect(crashed.status).toBe(500);
      const body = await crashed.json();
      expect(JSON.stringify(body)).not.toContain("SQLITE");
      expect(JSON.stringify(body)).not.toContain("at ");
      expect(body).toEqual({ error: "Hệ thống đang bận, vui lòng thử lại sau. Mã yêu cầu: req-12345678.", requestId: "req-12345678" });
      // The log line alone holds the error and its stack, with the request id to find it by.
      expect(lines).toHaveLength(1);
      expect(lines[0].level).toBe("error");
      const entry = JSON.parse(lines[0].line);
      expect(entry).toMatchObject({ level: "error", requestId: "req-12345678", route: "/api/x", method: "GET", status: 500 });
      expect(entry.error.message).toContain("SQLITE_CORRUPT");
      expect(entry.error.stack).toContain("api-error.test.ts");
    } finally {
      setLogSink(null);
    }
  });

  it("logs every outcome as one JSON line: successes as info, refusals as warn, with the request id", async () => {
    const lines: string[] = [];
    setLogSink((_level, line) => lines.push(line));
    try {
      await echo(post('{"a":1}', { "x-request-id": "abcdefgh-1" }), undefined);
      await echo(post("{}", { origin: "https://evil.example", "x-request-id": "not a valid id!" }), undefined);
    } finally {
      setLogSink(null);
    }
    const [ok, refused] = lines.map((line) => JSON.parse(line));
    expect(ok).toMatchObject({ level: "info", msg: "route handled", requestId: "abcdefgh-1", route: "/api/x", method: "POST", status: 200 });
    expect(typeof ok.durationMs).toBe("number");
    expect(new Date(ok.time).getTime()).not.toBeNaN();
    // An incoming id that does not look like one is replaced by a new one, never written as sent.
    expect(refused).toMatchObject({ level: "warn", status: 403 });
    expect(refused.requestId).toMatch(/^[0-9a-f-]{36}$/);
  });

  it("keeps an ApiError's status, message and headers", async () => {
    const limited = handleRoute(async () => {
      throw new ApiError(429, "Bạn thao tác quá nhanh.", { "Retry-After": "30" });
    });
    const response = await limited(new Request("http://sonha.test/"), undefined);
    expect(response.status).toBe(429);
    expect(response.headers.get("retry-after")).toBe("30");
  });
});

describe("parseRouteId", () => {
  it("accepts positive integers and turns anything else into 404", () => {
    expect(parseRouteId("42")).toBe(42);
    for (const value of ["0", "-1", "abc", "1e3", "..%2F", "99999999999"]) {
      expect(() => parseRouteId(value)).toThrow(ApiError);
    }
  });
});
