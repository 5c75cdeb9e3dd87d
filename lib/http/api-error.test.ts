import { describe, expect, it } from "vitest";
import { z } from "zod";
import { ApiError, handleRoute, parseRouteId, readJsonBody } from "./api-error";

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

  it("maps zod errors to 400 and hides unexpected errors behind a generic 500", async () => {
    const strict = handleRoute(async () => Response.json(z.object({ score: z.number({ error: "Điểm không hợp lệ." }) }).parse({})));
    const zodResponse = await strict(new Request("http://sonha.test/"), undefined);
    expect(zodResponse.status).toBe(400);
    expect((await zodResponse.json()).error).toBe("Điểm không hợp lệ.");

    const failing = handleRoute(async () => {
      throw new Error("SQLITE_CORRUPT: secret detail");
    });
    const original = console.error;
    console.error = () => undefined;
    const crashed = await failing(new Request("http://sonha.test/"), undefined);
    console.error = original;
    expect(crashed.status).toBe(500);
    expect(JSON.stringify(await crashed.json())).not.toContain("SQLITE");
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
