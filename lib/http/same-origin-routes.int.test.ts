import { readdirSync } from "node:fs";
import path from "node:path";
import { NextRequest } from "next/server";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { setLogSink } from "@/lib/observability/logger";

// Every route handler under app/ that accepts a write is found on disk and called from another
// site: a new route cannot be forgotten. Outside Next's request scope, the request headers are
// stood in for (readers' routes read their cookie from the request itself); no session is signed in.
vi.mock("next/headers", () => ({ headers: async () => new Headers({ host: "sonha.test" }) }));
vi.mock("@/lib/auth/current-user", async (importOriginal) => {
  const original = await importOriginal<typeof import("@/lib/auth/current-user")>();
  const { UnauthenticatedError } = await import("@/lib/errors/domain-error");
  return {
    ...original,
    getCurrentUser: async () => null,
    requirePermission: async () => {
      throw new UnauthenticatedError();
    },
  };
});

const MUTATING = ["POST", "PUT", "PATCH", "DELETE"] as const;
const CROSS_SITE_MESSAGE = "Yêu cầu không xuất phát từ cổng thông tin nên bị từ chối.";
// The public address every write is checked against (lib/http/same-origin.ts).
process.env.NEXTAUTH_URL = "http://sonha.test";
const APP = path.resolve(import.meta.dirname, "../../app");

function routeFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) return routeFiles(full);
    return entry.name === "route.ts" ? [full] : [];
  });
}

/** /api/articles/[id]/views → /api/articles/1/views; catch-all segments get a plausible value. */
function urlPath(file: string): string {
  const route = path.relative(APP, path.dirname(file)).split(path.sep).filter((segment) => !/^\(.*\)$/.test(segment));
  return `/${route.map((segment) => (segment === "[...nextauth]" ? "callback/credentials" : segment.replace(/^\[.*\]$/, "1"))).join("/")}`;
}

const params = { id: "1", fileId: "1", name: "x", category: "x", part: "1", nextauth: ["callback", "credentials"] };

type Handler = (request: Request, context: unknown) => Promise<Response>;
const routes: { file: string; method: string; url: string; handler: Handler }[] = [];
for (const file of routeFiles(APP)) {
  const routeModule = (await import(/* @vite-ignore */ file)) as Record<string, unknown>;
  for (const method of MUTATING) {
    if (typeof routeModule[method] === "function") {
      routes.push({ file: path.relative(APP, file), method, url: `http://sonha.test${urlPath(file)}`, handler: routeModule[method] as Handler });
    }
  }
}

function call({ method, url, handler }: (typeof routes)[number], headers: Record<string, string>) {
  const request = new NextRequest(url, {
    method,
    headers: { host: "sonha.test", "content-type": "application/json", ...headers },
    body: method === "DELETE" ? undefined : "{}",
  });
  return handler(request, { params: Promise.resolve(params) });
}

describe("every mutating route refuses cross-site requests", () => {
  const logged: { level: string; line: string }[] = [];
  beforeAll(() => setLogSink((level, line) => logged.push({ level, line })));
  afterAll(() => setLogSink(null));

  it("finds the mutating routes on disk", () => {
    const found = routes.map(({ file, method }) => `${method} ${file}`);
    // The known ones, so the discovery itself cannot silently find nothing.
    for (const known of ["POST api/articles/[id]/comments/route.ts", "POST api/auth/[...nextauth]/route.ts", "POST api/documents/[id]/files/route.ts"]) {
      expect(found).toContain(known);
    }
    expect(found.length).toBeGreaterThanOrEqual(9);
  });

  for (const route of routes) {
    describe(`${route.method} ${route.file}`, () => {
      it("answers 403 with a Vietnamese message to a foreign Origin, a foreign Referer alone, Origin null, a spoofed X-Forwarded-Host and a cross-site fetch", async () => {
        for (const headers of [
          { origin: "https://evil.example" },
          { referer: "https://evil.example/trang" },
          { origin: "null" },
          { origin: "http://sonha.test.evil.example" },
          // A client names the host it likes: the configured address decides.
          { origin: "https://evil.example", "x-forwarded-host": "evil.example" },
          { referer: "https://evil.example/trang", "x-forwarded-host": "evil.example" },
          { "sec-fetch-site": "cross-site" },
        ] as Record<string, string>[]) {
          const response = await call(route, headers);
          expect(response.status, JSON.stringify(headers)).toBe(403);
          expect((await response.json()).error).toBe(CROSS_SITE_MESSAGE);
        }
      });

      it("lets a same-origin request through to the route's own checks", async () => {
        for (const headers of [{ origin: "http://sonha.test" }, { referer: "http://sonha.test/tin-tuc" }] as Record<string, string>[]) {
          const response = await call(route, headers);
          const text = await response.text();
          expect(text, JSON.stringify(headers)).not.toContain(CROSS_SITE_MESSAGE);
          expect(response.status).not.toBe(403);
          // It reached the handler, which answered with its own check (no session, no body), not a
          // crash. next-auth reads Next's request scope itself, which exists only in a running
          // server: the sign-in e2e specs cover its same-origin path.
          if (!route.file.includes("[...nextauth]")) expect(response.status, text).toBeLessThan(500);
        }
      });
    });
  }
});
