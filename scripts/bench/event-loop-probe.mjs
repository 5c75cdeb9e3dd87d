// Loaded into the bench's portal server (and into the bare server beside it) with `node --import`:
// how long the server's event loop was held up during each measured load (statistics flushes,
// change-log reads, pruning and SQLite writes included), read with perf_hooks.monitorEventLoopDelay,
// and the longest garbage-collection pause in the same time, so that a hold-up can be told apart
// from the collector's. run-bench.ts talks to it over the IPC channel it opens: "reset" before a
// load, "report" after it. The server itself knows nothing of it.
import { monitorEventLoopDelay, PerformanceObserver } from "node:perf_hooks";

const histogram = monitorEventLoopDelay({ resolution: 5 });
histogram.enable();
let gcMaxMs = 0;
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) gcMaxMs = Math.max(gcMaxMs, entry.duration);
}).observe({ entryTypes: ["gc"] });

process.on("message", (message) => {
  if (message === "reset") {
    histogram.reset();
    gcMaxMs = 0;
    process.send?.({ kind: "reset" });
  } else if (message === "report") {
    process.send?.({ kind: "report", maxMs: histogram.max / 1e6, p99Ms: histogram.percentile(99) / 1e6, gcMaxMs });
  }
});
// The channel must not keep a server that is stopping alive.
process.channel?.unref();
