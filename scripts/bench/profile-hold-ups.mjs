// Reads a CPU profile written by the bench (BENCH_CPU_PROF=<dir>) and lists the longest stretches in
// which the server's main thread never went idle, with the functions they spent their time in: where a
// long event-loop hold-up came from (a page render's chain of SQLite queries, a statistics flush,
// readers all resuming at once after one shared wait). Under a saturating load stretches also string
// many short answers together; read the functions, not only the length. With --hold-ups (the
// hold-ups.jsonl the bench writes beside the profile) it lists instead the event loop's measured
// hold-ups over 20 ms, the longest first, each with what ran in it.
//
// Usage: node scripts/bench/profile-hold-ups.mjs PROFILE.cpuprofile [--hold-ups FILE] [--skip SECONDS] [--top N]
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: { skip: { type: "string", default: "5" }, top: { type: "string", default: "10" }, "hold-ups": { type: "string" } },
});
if (positionals.length !== 1) {
  console.error("Cách dùng: node scripts/bench/profile-hold-ups.mjs PROFILE.cpuprofile [--hold-ups TỆP] [--skip GIÂY] [--top N]");
  process.exit(2);
}
const profile = JSON.parse(readFileSync(positionals[0], "utf8"));
const skipMicros = Number(values.skip) * 1e6; // the server's start-up, before any load
const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
const parentOf = new Map();
for (const node of profile.nodes) for (const child of node.children ?? []) parentOf.set(child, node.id);

const label = ({ callFrame }) => `${callFrame.functionName || "(anonymous)"} ${callFrame.url.split("/").slice(-2).join("/")}:${callFrame.lineNumber + 1}`;
const framesOf = (id) => {
  const frames = [];
  for (let at = id; at !== undefined; at = parentOf.get(at)) frames.push(nodes.get(at));
  return frames.filter((node) => node.callFrame.functionName !== "(root)");
};

const timedSamples = [];
let time = profile.startTime;
profile.samples.forEach((id, index) => {
  time += profile.timeDeltas[index];
  if (time - profile.startTime >= skipMicros) timedSamples.push({ time, id });
});

const stretches = [];
if (values["hold-ups"]) {
  // A hold-up ends when the probe's timer finally ran; it began `ms` earlier.
  for (const line of readFileSync(values["hold-ups"], "utf8").split("\n").filter(Boolean)) {
    const { endMicros, ms } = JSON.parse(line);
    const start = endMicros - ms * 1000;
    const samples = timedSamples.filter((sample) => sample.time >= start && sample.time <= endMicros && !isIdle(sample.id));
    if (start - profile.startTime >= skipMicros) stretches.push({ start, end: endMicros, samples: samples.map((sample) => sample.id) });
  }
} else {
  let open = null;
  for (const { time, id } of timedSamples) {
    if (isIdle(id)) {
      if (open) stretches.push(open);
      open = null;
      continue;
    }
    open ??= { start: time, end: time, samples: [] };
    open.end = time;
    open.samples.push(id);
  }
  if (open) stretches.push(open);
}

function isIdle(id) {
  return nodes.get(id).callFrame.functionName === "(idle)";
}

stretches.sort((a, b) => b.end - b.start - (a.end - a.start));
for (const stretch of stretches.slice(0, Number(values.top))) {
  const own = new Map();
  const within = new Map();
  for (const id of stretch.samples) {
    const frames = framesOf(id);
    if (frames.length === 0) continue;
    own.set(label(frames[0]), (own.get(label(frames[0])) ?? 0) + 1);
    for (const name of new Set(frames.map(label))) within.set(name, (within.get(name) ?? 0) + 1);
  }
  const top = (counts, n) => [...counts].sort((a, b) => b[1] - a[1]).slice(0, n).map(([name, count]) => `${count} ${name}`);
  const at = ((stretch.start - profile.startTime) / 1e6).toFixed(2);
  const kind = values["hold-ups"] ? "vòng sự kiện bị giữ" : "không nghỉ";
  console.log(`\n${((stretch.end - stretch.start) / 1000).toFixed(1)} ms ${kind}, từ giây ${at}, ${stretch.samples.length} mẫu bận`);
  console.log(`  tự thân: ${top(own, 6).join(" · ")}`);
  console.log(`  trong:   ${top(within, 12).join("\n           ")}`);
}
