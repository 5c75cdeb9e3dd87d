// Loaded into the bench's portal server (and into the bare server beside it) with `node --import`:
// how long the server's event loop was held up during each measured load (statistics flushes,
// change-log reads, pruning and SQLite writes included), read with perf_hooks.monitorEventLoopDelay,
// and the longest garbage-collection pause in the same time, so that a hold-up can be told apart
// from the collector's. run-bench.ts talks to it over the IPC channel it opens: "reset" before a
// load, "report" after it. The server itself knows nothing of it.
import { appendFileSync } from "node:fs";
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
// With BENCH_HOLD_UPS_FILE (the bench sets it beside a CPU profile), each hold-up of more than
// 20 ms is written there as it ends, on the clock CPU profiles use (monotonic microseconds), so that
// profile-hold-ups.mjs can tell what ran during it. A 2 ms timer, so only while profiling.
const holdUpsFile = process.env.BENCH_HOLD_UPS_FILE;
if (holdUpsFile) {
  const TICK_MS = 2;
  let expected = process.hrtime.bigint() + BigInt(TICK_MS * 1e6);
  const tick = () => {
    const now = process.hrtime.bigint();
    const lateMs = Number(now - expected) / 1e6;
    if (lateMs > 20) appendFileSync(holdUpsFile, `${JSON.stringify({ endMicros: Number(now / 1000n), ms: Math.round(lateMs * 10) / 10 })}\n`);
    expected = now + BigInt(TICK_MS * 1e6);
    setTimeout(tick, TICK_MS).unref();
  };
  setTimeout(tick, TICK_MS).unref();
}
// The channel must not keep a server that is stopping alive.
process.channel?.unref();
