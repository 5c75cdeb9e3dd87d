// The bench's yardstick: a bare Node.js HTTP server that answers every request with one recorded
// response of the portal, byte for byte (status, headers, gzip body). Started by run-bench.ts in
// the same process tree as the portal's server, so the portal's page rates read as a share of
// what Node.js itself serves on this machine in the same run, whatever else loads it.
//
// Usage: node scripts/bench/bare-server.mjs PORT RESPONSE_FILE
// RESPONSE_FILE is JSON: { status, headers, body } with the body in base64.
import { readFileSync } from "node:fs";
import { createServer } from "node:http";

const [port, file] = process.argv.slice(2);
const recorded = JSON.parse(readFileSync(file, "utf8"));
const body = Buffer.from(recorded.body, "base64");

const server = createServer((request, response) => {
  request.resume();
  response.writeHead(recorded.status, recorded.headers);
  response.end(body);
});
server.listen(Number(port), "127.0.0.1", () => process.stdout.write("ready\n"));
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => process.exit(0));
