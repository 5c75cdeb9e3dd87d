import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { request as httpRequest } from "node:http";
import path from "node:path";
import { allArticles, isPublicRow, publicDocuments } from "./helpers/database";
import { expect, test } from "./helpers/console-guard";
import { forgedSessionCookie, STAFF } from "./helpers/staff";

// What an auditor throws at every route handler (and every page's address), from outside, against the production server:
// malformed JSON, wrong types, bad encodings, traversal in every segment, methods a route does
// not have, huge and slow bodies, as a visitor and as a signed-in administrator. No answer may
// be a 500 or show a stack, every refusal carries a message, and a burst of huge bodies leaves
// the server's memory where it was. The routes are found on disk, so a new one is fuzzed too.

test.describe.configure({ mode: "serial", timeout: 240_000 });

const APP = path.resolve("app");
const METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE"] as const;
type Method = (typeof METHODS)[number];

/** Route handlers (route.ts) and pages (page.tsx), which hostile segments reach as well. */
function routeFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) return routeFiles(full);
    return entry.name === "route.ts" || entry.name === "page.tsx" ? [full] : [];
  });
}

/** The methods a route file answers, read off its exports (`export const POST`, `export { GET, POST }`). */
function exportedMethods(source: string): Method[] {
  const named = [...source.matchAll(/export\s+(?:const|async function|function)\s+(GET|HEAD|POST|PUT|PATCH|DELETE)\b/g)].map((match) => match[1]);
  const listed = [...source.matchAll(/export\s*\{([^}]*)\}/g)].flatMap((match) => match[1].split(",").map((name) => name.trim()));
  return METHODS.filter((method) => named.includes(method) || listed.includes(method));
}

const TRAVERSAL = ["..%2F..%2Fpackage.json", "%2e%2e%2f%2e%2e%2f.env", "..%5C..%5Cpackage.json"];

/** Values for each dynamic segment: a real one first, then hostile ones. */
function segmentValues(segment: string, real: Record<string, string>): string[] {
  const name = segment.replace(/^\[\.{0,3}|\]$/g, "");
  if (segment.startsWith("[...")) return ["signin", "session", "csrf", "providers", "callback/credentials", "signout", "callback/khong-co", ...TRAVERSAL];
  return [real[name] ?? "1", "0", "-1", "1.5", "abc", "99999999999", "%ff", "%00", "a".repeat(600), ...TRAVERSAL];
}

type Route = { file: string; pattern: string; methods: Method[]; page: boolean };
const routes: Route[] = routeFiles(APP).map((file) => ({
  file: path.relative(APP, file),
  pattern: `/${path
    .relative(APP, path.dirname(file))
    .split(path.sep)
    .filter((segment) => !/^\(.*\)$/.test(segment))
    .join("/")}`,
  methods: file.endsWith("page.tsx") ? ["GET"] : exportedMethods(readFileSync(file, "utf8")),
  page: file.endsWith("page.tsx"),
}));

/** The route with each dynamic segment given its hostile values in turn, the others their real one. */
function urlsFor(pattern: string, real: Record<string, string>): string[] {
  const segments = pattern.split("/");
  const dynamic = segments.flatMap((segment, index) => (segment.startsWith("[") ? [index] : []));
  const realUrl = segments.map((segment) => (segment.startsWith("[") ? segmentValues(segment, real)[0] : segment)).join("/");
  const urls = dynamic.flatMap((at) =>
    segmentValues(segments[at], real).map((value) =>
      segments.map((segment, index) => (index === at ? value : segment.startsWith("[") ? segmentValues(segment, real)[0] : segment)).join("/"),
    ),
  );
  return [...new Set([realUrl, ...urls])];
}

const JSON_TYPE = "application/json";
const BODIES: { name: string; type?: string; body?: BodyInit }[] = [
  { name: "no body" },
  { name: "broken JSON", type: JSON_TYPE, body: '{"score": 4,' },
  { name: "JSON null", type: JSON_TYPE, body: "null" },
  { name: "JSON array", type: JSON_TYPE, body: "[1,2,3]" },
  { name: "JSON string", type: JSON_TYPE, body: '"x"' },
  { name: "wrong types", type: JSON_TYPE, body: '{"score":"5","text":123,"authorName":[],"content":{"a":1},"parentId":"x","kind":true}' },
  { name: "huge numbers", type: JSON_TYPE, body: '{"score":1e309,"parentId":-99999999999999999999,"text":"a"}' },
  { name: "lone surrogate", type: JSON_TYPE, body: '{"authorName":"\\ud800","text":"\\udfff","score":4}' },
  { name: "not UTF-8", type: JSON_TYPE, body: new Uint8Array([0x7b, 0x22, 0x74, 0x65, 0x78, 0x74, 0x22, 0x3a, 0x22, 0xc3, 0x28, 0xff, 0x22, 0x7d]) },
  { name: "deep nesting", type: JSON_TYPE, body: `${"[".repeat(5_000)}${"]".repeat(5_000)}` },
  { name: "multipart without its end", type: "multipart/form-data; boundary=zz", body: '--zz\r\nContent-Disposition: form-data; name="file"; filename="a.png"\r\n\r\nabc' },
  { name: "multipart without boundary", type: "multipart/form-data", body: "--\r\n" },
  { name: "form, bad escapes", type: "application/x-www-form-urlencoded", body: "score=%ff&text=%%&a=%E0%A4%A" },
  { name: "plain text", type: "text/plain", body: "xin chào" },
];

const STACK = /\n\s+at \S+ \(|node_modules|\bat async\b|PrismaClient|TypeError|ReferenceError|SyntaxError: /;
let ipSerial = 0;
const address = () => `198.51.100.${(ipSerial++ % 250) + 1}`;

type Outcome = { label: string; status: number; problem?: string };

async function check(
  base: string,
  method: Method,
  url: string,
  init: { name?: string; cookie?: string; type?: string; body?: BodyInit | null },
): Promise<Outcome> {
  const label = `${method} ${url.slice(0, 120)} (${init.name ?? "no body"}${init.cookie ? ", signed in" : ""})`;
  const headers: Record<string, string> = { "x-forwarded-for": address(), "user-agent": "Mozilla/5.0 (X11; Linux x86_64) Chrome/131.0 Safari/537.36" };
  if (init.cookie) headers.cookie = init.cookie;
  if (init.type) headers["content-type"] = init.type;
  const withBody = method !== "GET" && method !== "HEAD" && init.body !== undefined && init.body !== null;
  const response = await fetch(`${base}${url}`, {
    method,
    headers,
    body: withBody ? init.body : undefined,
    redirect: "manual",
    ...(withBody && init.body instanceof ReadableStream ? { duplex: "half" } : {}),
  } as RequestInit);
  const text = method === "HEAD" ? "" : await response.text();
  const problems: string[] = [];
  if (response.status >= 500) problems.push(`status ${response.status}`);
  if (STACK.test(text)) problems.push(`a stack or an internal name in the body: ${text.slice(0, 200)}`);
  if (response.headers.get("x-content-type-options") !== "nosniff") problems.push("no nosniff");
  if (response.status >= 400 && text && response.headers.get("content-type")?.includes("json")) {
    const error = (JSON.parse(text) as { error?: unknown }).error;
    if (typeof error !== "string" || error.length === 0) problems.push(`a refusal without a message: ${text.slice(0, 200)}`);
  }
  return { label, status: response.status, problem: problems.join("; ") || undefined };
}

function realSegments() {
  const article = allArticles().find((candidate) => isPublicRow(candidate))!;
  const document = publicDocuments()[0];
  return {
    id: String(article.id),
    fileId: "1",
    name: "anh-khong-co.png",
    part: "1",
    category: article.categorySlug,
    article: `${article.slug}-${article.id}`,
    document: `${document.slug}-${document.id}`,
    documentId: String(document.id),
  };
}

test("route handlers answer hostile input with a 4xx and a message, never a 500 or a stack", async ({ baseURL }) => {
  expect(routes.filter((route) => !route.page).length).toBeGreaterThanOrEqual(16);
  expect(routes.filter((route) => route.page).length).toBeGreaterThanOrEqual(10);
  const admin = await forgedSessionCookie(baseURL!, STAFF.admin.email, 3_600);
  const cookies = [undefined, `${admin.name}=${admin.value}`];
  const real = realSegments();
  const outcomes: Outcome[] = [];
  for (const route of routes) {
    expect(route.methods.length, route.file).toBeGreaterThan(0);
    const urls = urlsFor(route.pattern, real);
    // Query strings a route may read, hostile, on its real address.
    const hostileQuery = `${urls[0]}?page=-1&q=%ff&callbackUrl=javascript:alert(1)&limit=1e309&cursor[]=x`;
    for (const url of [...urls, hostileQuery]) {
      for (const cookie of cookies) {
        // A page answers reads; its writes are server actions, fuzzed by the specs of their forms.
        for (const method of route.page ? (["GET", "HEAD"] as const) : METHODS) {
          // A method the route lacks must be a 405, not a crash: one request tells.
          const reads = method === "GET" || method === "HEAD";
          const bodies = reads || !route.methods.includes(method) ? [BODIES[0]] : BODIES;
          for (const { name, type, body } of bodies) outcomes.push(await check(baseURL!, method, url, { name, cookie, type, body }));
        }
      }
    }
  }
  const problems = outcomes.filter((outcome) => outcome.problem).map((outcome) => `${outcome.label}: ${outcome.problem}`);
  expect(problems).toEqual([]);
  // The fuzz reached the handlers, not only the refusals in front of them.
  expect(outcomes.filter((outcome) => outcome.status === 200).length).toBeGreaterThan(50);
  expect(outcomes.length).toBeGreaterThan(3_000);
});

/** The production server's process, by the port it listens on. */
function serverRssMb(port: number): number {
  const listing = execFileSync("ss", ["-ltnpH", `sport = :${port}`], { encoding: "utf8" });
  const pid = /pid=(\d+)/.exec(listing)?.[1];
  expect(pid, "the e2e server's process").toBeTruthy();
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  return Number(/VmRSS:\s+(\d+) kB/.exec(status)![1]) / 1024;
}

/** A body of `megabytes` sent in 64 KiB pieces, without a Content-Length. */
function endlessBody(megabytes: number): ReadableStream<Uint8Array> {
  const chunk = new Uint8Array(64 * 1024).fill(0x20);
  let sentMb = 0;
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      if (sentMb >= megabytes) return controller.close();
      sentMb += 1 / 16;
      controller.enqueue(chunk);
    },
  });
}

test("a burst of huge bodies, declared or streamed, leaves the server's memory flat and each gets a 413", async ({ baseURL }) => {
  const port = Number(new URL(baseURL!).port);
  const real = realSegments();
  const admin = await forgedSessionCookie(baseURL!, STAFF.admin.email, 3_600);
  const before = serverRssMb(port);
  const targets = [
    { url: `/api/articles/${real.id}/rating`, type: JSON_TYPE },
    { url: `/api/articles/${real.id}/comments`, type: JSON_TYPE },
    { url: "/api/uploads/images", type: "multipart/form-data; boundary=zz", cookie: `${admin.name}=${admin.value}` },
    { url: `/api/documents/${real.documentId}/files`, type: "multipart/form-data; boundary=zz", cookie: `${admin.name}=${admin.value}` },
  ];
  // 16 bodies of 100 MB at once, four to each route, none with a Content-Length: the server
  // must stop each at its route's limit instead of reading 1.6 GB.
  const sent = targets.flatMap((target) => Array.from({ length: 4 }, () => ({ target, stream: endlessBody(100) })));
  const statuses = await Promise.all(
    sent.map(async ({ target, stream }) => {
      const headers: Record<string, string> = { "content-type": target.type, "x-forwarded-for": address() };
      if (target.cookie) headers.cookie = target.cookie;
      const response = await fetch(`${baseURL}${target.url}`, { method: "POST", headers, body: stream, duplex: "half" } as RequestInit).catch(
        (error: Error) => error,
      );
      return response instanceof Error ? "closed" : response.status;
    }),
  );
  // A 413, or the connection closed by the server once it had answered and stopped reading.
  for (const status of statuses) expect([413, "closed"]).toContain(status);
  expect(statuses.filter((status) => status === 413).length).toBeGreaterThan(0);
  const after = serverRssMb(port);
  expect(after - before, `server memory ${before.toFixed(0)} → ${after.toFixed(0)} MB`).toBeLessThan(150);

  // A body announced as 100 MB is refused on its first piece.
  for (const target of targets) {
    const headers: Record<string, string> = { "content-type": target.type, "content-length": String(100 * 1024 * 1024), "x-forwarded-for": address() };
    if (target.cookie) headers.cookie = target.cookie;
    expect(await firstPieceAnswer(`${baseURL}${target.url}`, headers), target.url).toBe(413);
  }
});

/** Sends the headers and 64 KiB of a body whose Content-Length promises far more, and gives the status the server answers with. */
function firstPieceAnswer(url: string, headers: Record<string, string>): Promise<number> {
  return new Promise((resolve, reject) => {
    const request = httpRequest(url, { method: "POST", headers }, (response) => {
      resolve(response.statusCode ?? 0);
      response.resume();
      request.destroy();
    });
    request.on("error", (error) => (request.destroyed ? undefined : reject(error)));
    request.write(new Uint8Array(64 * 1024).fill(0x20));
  });
}

test("a slow body is read to its end and answered like a fast one", async ({ baseURL }) => {
  const real = realSegments();
  // `{"score":4}`, a byte every 100 ms.
  const bytes = new TextEncoder().encode('{"score":4}');
  let sentBytes = 0;
  const slow = new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (sentBytes === bytes.length) return controller.close();
      await new Promise((resolve) => setTimeout(resolve, 100));
      controller.enqueue(bytes.subarray(sentBytes, ++sentBytes));
    },
  });
  const response = await fetch(`${baseURL}/api/articles/${real.id}/rating`, {
    method: "POST",
    headers: { "content-type": JSON_TYPE, "x-forwarded-for": address(), cookie: `vid=${crypto.randomUUID()}` },
    body: slow,
    duplex: "half",
  } as RequestInit);
  expect(response.status).toBe(200);
  expect((await response.json()).count).toBeGreaterThan(0);
});

test("a server action's body over its limit is refused, unread when declared, and the server's memory stays flat", async ({ browser, baseURL }) => {
  const port = Number(new URL(baseURL!).port);
  const admin = await forgedSessionCookie(baseURL!, STAFF.admin.email, 3_600);
  // The moderation form as a browser without scripts gets it: its action id is a hidden field.
  const context = await browser.newContext({ javaScriptEnabled: false });
  await context.addCookies([admin]);
  const page = await context.newPage();
  await page.goto(`${baseURL}/quan-tri/binh-luan`);
  const actionField = await page.locator('form:has(button:text("Lưu chế độ duyệt")) input[name^="$ACTION_ID_"]').getAttribute("name");
  await context.close();
  expect(actionField).toBeTruthy();

  const before = serverRssMb(port);
  // Eight 100 MB multipart bodies at once, without a Content-Length.
  const boundary = "ranh-gioi";
  const statuses = await Promise.all(
    Array.from({ length: 8 }, async () => {
      const head = new TextEncoder().encode(`--${boundary}\r\nContent-Disposition: form-data; name="${actionField}"\r\n\r\n\r\n--${boundary}\r\nContent-Disposition: form-data; name="mode"\r\n\r\n`);
      const rest = endlessBody(100);
      const body = new ReadableStream<Uint8Array>({
        async start(controller) {
          controller.enqueue(head);
          const reader = rest.getReader();
          for (;;) {
            const { done, value } = await reader.read();
            if (done) return controller.close();
            controller.enqueue(value);
          }
        },
      });
      const response = await fetch(`${baseURL}/quan-tri/binh-luan`, {
        method: "POST",
        headers: { "content-type": `multipart/form-data; boundary=${boundary}`, cookie: `${admin.name}=${admin.value}`, origin: new URL(baseURL!).origin, "x-forwarded-for": address() },
        body,
        duplex: "half",
      } as RequestInit).catch((error: Error) => error);
      return response instanceof Error ? "closed" : response.status;
    }),
  );
  // The pipeline reads each up to the 1 MB limit and answers a 413 (or the connection is closed
  // while the client is still sending): none reaches Next, and the memory below shows none was read whole.
  for (const status of statuses) expect([413, "closed"]).toContain(status);
  // One declared as 100 MB is a 413 in Vietnamese on its first piece (scripts/serve.mjs).
  const headers = { "content-type": `multipart/form-data; boundary=${boundary}`, cookie: `${admin.name}=${admin.value}`, origin: new URL(baseURL!).origin };
  expect(await firstPieceAnswer(`${baseURL}/quan-tri/binh-luan`, { ...headers, "content-length": String(100 * 1024 * 1024) })).toBe(413);
  const after = serverRssMb(port);
  expect(after - before, `server memory ${before.toFixed(0)} → ${after.toFixed(0)} MB`).toBeLessThan(150);
});
