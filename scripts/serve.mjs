// The portal's production server: Next.js (the production build in .next) behind a front door
// that answers pages already in the page cache without entering Next's request pipeline
// (lib/page-cache/front-door.ts says why). Everything else is Next's, exactly as under
// `next start`, which still works and answers the same pages through proxy.ts.
//
// Usage: node scripts/serve.mjs [-p PORT] [-H HOSTNAME]   (PORT defaults to $PORT, then 3000)
// Plain JavaScript so that starting it costs no compiler: the door itself is TypeScript,
// bundled with the app and installed by instrumentation.ts.
import { randomUUID } from "node:crypto";
import { createServer } from "node:http";
import next from "next";
import securityHeadersModule from "../lib/http/security-headers.cjs";

const FRONT_DOOR = Symbol.for("portal.front-door");
const SHUTDOWN_GRACE_MS = 10_000;

function option(flag) {
  const at = process.argv.indexOf(flag);
  return at > 0 ? process.argv[at + 1] : undefined;
}

const port = Number(option("-p") ?? process.env.PORT ?? 3000);
const hostname = option("-H");
// The page cache renders a missing page by asking this server on 127.0.0.1:$PORT.
process.env.PORT = String(port);

const app = next({ dev: false, hostname: hostname ?? "localhost", port });
const handle = app.getRequestHandler();
await app.prepare();

// Without a trusted proxy in front (TRUST_PROXY unset), nothing but the socket says where a
// request comes from: whatever X-Forwarded-For the client sent is replaced by the socket's
// address before the door, the proxy or any route reads it, so a forged header cannot pick a
// fresh address for the sign-in lockout or the per-address limits. Behind a proxy, the header
// it wrote is kept (lib/visitors/client-ip.ts picks the entry TRUST_PROXY allows believing),
// and the socket's address is written where there is none.
const trustedProxy = !["", "0", "false"].includes((process.env.TRUST_PROXY ?? "").trim().toLowerCase());

function settleForwardedFor(request) {
  const socketAddress = request.socket.remoteAddress;
  if (!socketAddress) return void delete request.headers["x-forwarded-for"];
  if (!trustedProxy || !request.headers["x-forwarded-for"]) request.headers["x-forwarded-for"] = socketAddress;
}

// An address whose path is not valid percent-encoding (`/tin-tuc/%ff`) makes Next answer a bare
// 500 without the security headers and without a log line, and a NUL byte (`%00`) anywhere in it
// reaches PostgreSQL, which refuses it with an error; both are the client's mistake, so they get
// a 400 in Vietnamese here, with the headers every answer carries.
const fixedHeaders = Object.fromEntries(
  securityHeadersModule
    .securityHeaders({ https: process.env.NEXTAUTH_URL?.startsWith("https://") ?? false })
    .map(({ key, value }) => [key, value]),
);
const BAD_ADDRESS = "Địa chỉ yêu cầu không hợp lệ.";
const TOO_LARGE = "Nội dung gửi lên quá lớn.";

function badlyEncodedPath(url = "/") {
  if (url.includes("%00")) return true;
  try {
    decodeURIComponent(url.split("?")[0]);
    return false;
  } catch {
    return true;
  }
}

/**
 * The server's own refusals, before Next: a Vietnamese message (JSON for /api/ and for writes,
 * a small page otherwise) with the headers every answer carries, and one log line.
 */
function refuse(request, response, status, message) {
  const requestId = randomUUID();
  const json = request.url.startsWith("/api/") || request.method !== "GET";
  const body = json
    ? JSON.stringify({ error: message })
    : `<!doctype html><html lang="vi"><meta charset="utf-8"><title>${message}</title><h1>${message}</h1><p><a href="/">Về trang chủ</a></p></html>`;
  // What the client is still sending is read and dropped, and the connection closed after it.
  request.resume();
  response.writeHead(status, {
    ...fixedHeaders,
    "X-Frame-Options": "DENY",
    "Content-Security-Policy": "default-src 'none'; frame-ancestors 'none'",
    "Content-Type": json ? "application/json; charset=utf-8" : "text/html; charset=utf-8",
    "Cache-Control": "no-store",
    "X-Request-Id": requestId,
    ...(status === 413 ? { Connection: "close" } : {}),
  });
  response.end(body);
  const line = { time: new Date().toISOString(), level: "warn", msg: "request refused by the server", requestId, method: request.method, status };
  process.stdout.write(`${JSON.stringify(line)}\n`);
}

// A write to a page is a server action, whose body Next reads up to 1 MB
// (serverActions.bodySizeLimit) and answers a bigger one with a bare 500. One that declares a
// bigger size is refused here before a byte of it is read. (Some of React's own action calls are
// sent without a length, so those go on to Next, which stops them at its limit while they stream.)
// Route handlers (/api/) stream theirs within their own limits.
const PAGE_WRITE_MAX_BYTES = 1024 * 1024;

function pageWriteTooLarge(request) {
  if (request.method !== "POST" || request.url.startsWith("/api/")) return false;
  return Number(request.headers["content-length"] ?? 0) > PAGE_WRITE_MAX_BYTES;
}

const server = createServer((request, response) => {
  settleForwardedFor(request);
  if (badlyEncodedPath(request.url)) return void refuse(request, response, 400, BAD_ADDRESS);
  if (pageWriteTooLarge(request)) return void refuse(request, response, 413, TOO_LARGE);
  const door = globalThis[FRONT_DOOR];
  // The door answers some GETs (cached pages, statistics) and two POSTs (article views and ratings).
  if (!door || (request.method !== "GET" && request.method !== "POST")) return void handle(request, response);
  door.answer(request).then(
    (answer) => {
      if (!answer) return void handle(request, response);
      response.writeHead(answer.status, answer.headers);
      response.cork();
      for (const chunk of answer.body) response.write(chunk);
      response.end();
    },
    () => void handle(request, response),
  );
});

server.listen(port, hostname, () => {
  console.log(`[máy chủ] cổng thông tin đang chạy tại http://${hostname ?? "localhost"}:${port}`);
});

let stopping = false;
async function stop() {
  if (stopping) return;
  stopping = true;
  server.close();
  server.closeIdleConnections();
  // Page views still in the buffer are written before the process goes.
  const drained = globalThis[FRONT_DOOR]?.drain() ?? Promise.resolve();
  await Promise.race([drained, new Promise((resolve) => setTimeout(resolve, SHUTDOWN_GRACE_MS))]);
  process.exit(0);
}
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, stop);
