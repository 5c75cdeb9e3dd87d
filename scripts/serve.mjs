// The portal's production server (`npm start`): Next.js (the production build in .next) with
// every request passed through the public pipeline (server/public-pipeline.ts), which answers
// cached pages and the busiest routes itself and hands the rest, prepared, to Next. It is the only
// supported way to serve the portal: plain `next start` has no pipeline, so its pages would go
// without their nonce, policy, limits, page views and cache.
//
// Usage: node scripts/serve.mjs [-p PORT] [-H HOSTNAME]   (PORT defaults to $PORT, then 3000)
// Plain JavaScript so that starting it costs no compiler: the pipeline itself is TypeScript,
// bundled with the app and installed by instrumentation.ts while Next prepares.
import { createServer } from "node:http";
import { inject } from "light-my-request";
import next from "next";

const PUBLIC_PIPELINE = Symbol.for("portal.public-pipeline");
const SHUTDOWN_GRACE_MS = 10_000;

function option(flag) {
  const at = process.argv.indexOf(flag);
  return at > 0 ? process.argv[at + 1] : undefined;
}

const port = Number(option("-p") ?? process.env.PORT ?? 3000);
const hostname = option("-H");
// Without NEXTAUTH_URL the public address is http://localhost:$PORT (lib/seo/site-url.ts).
process.env.PORT = String(port);

const app = next({ dev: false, hostname: hostname ?? "localhost", port });
const handle = app.getRequestHandler();
await app.prepare();
// In production Next prepares its render server, and with it runs instrumentation.ts (which
// installs the pipeline), on the first request it handles: one is made in-process before listening.
await inject(handle, { method: "GET", url: "/robots.txt" });

const createPipeline = globalThis[PUBLIC_PIPELINE];
if (typeof createPipeline !== "function") {
  console.error("[máy chủ] không tìm thấy đường xử lý yêu cầu (instrumentation.ts): bản build có đầy đủ không?");
  process.exit(1);
}
const pipeline = createPipeline(handle);
const server = createServer((request, response) => pipeline.handle(request, response));

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
  await Promise.race([pipeline.drain(), new Promise((resolve) => setTimeout(resolve, SHUTDOWN_GRACE_MS))]);
  process.exit(0);
}
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, stop);
