// Structured logs: one JSON object per line on stdout (info) or stderr (warn, error), so a
// log collector can parse every line. Only what is passed in `fields` is written; callers pass
// ids, routes and statuses, never request bodies, passwords, tokens or cookies.

export type LogLevel = "info" | "warn" | "error";

export type LogFields = {
  requestId?: string | null;
  route?: string;
  method?: string;
  status?: number;
  durationMs?: number;
  [field: string]: unknown;
};

// Field names whose values are never written, whatever a caller passes by mistake.
const SECRET_FIELD = /pass(word)?|secret|token|cookie|authorization|session/i;

type Sink = (level: LogLevel, line: string) => void;
const defaultSink: Sink = (level, line) => (level === "info" ? process.stdout : process.stderr).write(`${line}\n`);
let sink: Sink = defaultSink;

/** Tests capture the lines instead of printing them; null restores the default. */
export function setLogSink(next: Sink | null): void {
  sink = next ?? defaultSink;
}

function serialisable(key: string, value: unknown): unknown {
  if (SECRET_FIELD.test(key)) return "[redacted]";
  if (value instanceof Error) return { name: value.name, message: value.message, stack: value.stack };
  if (typeof value === "bigint") return value.toString();
  return value;
}

export function log(level: LogLevel, msg: string, fields: LogFields = {}): void {
  const entry: Record<string, unknown> = { time: new Date().toISOString(), level, msg };
  for (const [key, value] of Object.entries(fields)) {
    if (value !== undefined) entry[key] = serialisable(key, value);
  }
  let line: string;
  try {
    line = JSON.stringify(entry);
  } catch {
    line = JSON.stringify({ time: entry.time, level, msg, note: "fields not serialisable" });
  }
  sink(level, line);
}

export const logger = {
  info: (msg: string, fields?: LogFields) => log("info", msg, fields),
  warn: (msg: string, fields?: LogFields) => log("warn", msg, fields),
  error: (msg: string, fields?: LogFields) => log("error", msg, fields),
};
