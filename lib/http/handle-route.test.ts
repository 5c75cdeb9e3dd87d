import { describe, expect, it } from "vitest";
import { z } from "zod";
import {
  ConflictError,
  ForbiddenError,
  InvalidInputError,
  NotFoundError,
  TooLargeError,
  TooManyRequestsError,
  UnauthenticatedError,
} from "@/lib/errors/domain-error";
import { setLogSink } from "@/lib/observability/logger";
import { handleRoute } from "./handle-route";
import { readJsonBody } from "./request-body";

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

  it("sends a browser's page that needs an account to the sign-in page, and answers a script 401", async () => {
    const needsAccount = (returnPath?: string) =>
      handleRoute(async () => {
        throw new UnauthenticatedError("Hãy đăng nhập.", returnPath);
      });
    const open = (accept: string) => new Request("http://sonha.test/api/tep/7?inline=1", { headers: { accept } });
    const toItself = await needsAccount()(open("text/html,application/xhtml+xml"), undefined);
    expect(toItself.status).toBe(303);
    expect(toItself.headers.get("location")).toBe(`/dang-nhap?callbackUrl=${encodeURIComponent("/api/tep/7?inline=1")}`);
    const toItsPage = await needsAccount("/van-ban/cong-van-12")(open("text/html"), undefined);
    expect(toItsPage.headers.get("location")).toBe(`/dang-nhap?callbackUrl=${encodeURIComponent("/van-ban/cong-van-12")}`);
    const script = await needsAccount("/van-ban/cong-van-12")(open("application/json"), undefined);
    expect(script.status).toBe(401);
    expect((await script.json()).error).toBe("Hãy đăng nhập.");
  });

  it("answers each kind of domain refusal with its status and the refusal's own message", async () => {
    const refusals = [
      [new InvalidInputError("Chuyên mục không tồn tại."), 400],
      [new UnauthenticatedError(), 401],
      [new ForbiddenError("Bài viết này không nhận bình luận."), 403],
      [new NotFoundError("Không tìm thấy bài viết."), 404],
      [new ConflictError("Email này đã có tài khoản."), 409],
      [new TooLargeError("Ảnh quá lớn (tối đa 8 MB)."), 413],
    ] as const;
    for (const [refusal, status] of refusals) {
      const refusing = handleRoute(async () => {
        throw refusal;
      });
      const response = await refusing(new Request("http://sonha.test/api/x"), undefined);
      expect([response.status, (await response.json()).error], refusal.kind).toEqual([status, refusal.message]);
      expect(response.headers.get("retry-after"), refusal.kind).toBeNull();
    }
  });

  it("answers a limit reached with 429 and Retry-After in seconds", async () => {
    const limited = handleRoute(async () => {
      throw new TooManyRequestsError("Bạn thao tác quá nhanh.", 30);
    });
    const response = await limited(new Request("http://sonha.test/"), undefined);
    expect(response.status).toBe(429);
    expect(response.headers.get("retry-after")).toBe("30");
    expect((await response.json()).error).toBe("Bạn thao tác quá nhanh.");
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
      expect(entry.error.stack).toContain("handle-route.test.ts");
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
});
