// Loaded into the bench's portal server with `node --import`: how long the server's event loop was
// held up during each measured load (statistics flushes, change-log reads, pruning and SQLite writes
// included), read with perf_hooks.monitorEventLoopDelay. run-bench.ts talks to it over the IPC
// channel it opens: "reset" before a load, "report" after it. The server itself knows nothing of it.
import { monitorEventLoopDelay } from "node:perf_hooks";

const histogram = monitorEventLoopDelay({ resolution: 5 });
histogram.enable();

process.on("message", (message) => {
  if (message === "reset") {
    histogram.reset();
    process.send?.({ kind: "reset" });
  } else if (message === "report") {
    process.send?.({ kind: "report", maxMs: histogram.max / 1e6, p99Ms: histogram.percentile(99) / 1e6 });
  }
});
// The channel must not keep a server that is stopping alive.
process.channel?.unref();
