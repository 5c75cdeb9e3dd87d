// The portal's production server: Next.js (the production build in .next) behind a front door
// that answers pages already in the page cache without entering Next's request pipeline
// (lib/page-cache/front-door.ts says why). Everything else is Next's, exactly as under
// `next start`, which still works and answers the same pages through proxy.ts.
//
// Usage: node scripts/serve.mjs [-p PORT] [-H HOSTNAME]   (PORT defaults to $PORT, then 3000)
// Plain JavaScript so that starting it costs no compiler: the door itself is TypeScript,
// bundled with the app and installed by instrumentation.ts.
import { createServer } from "node:http";
import next from "next";

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

const server = createServer((request, response) => {
  const door = globalThis[FRONT_DOOR];
  // The door answers some GETs (cached pages, statistics) and one POST (article views).
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
