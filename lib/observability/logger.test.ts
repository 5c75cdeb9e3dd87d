import { afterEach, describe, expect, it } from "vitest";
import { log, logger, setLogSink } from "./logger";

function capture() {
  const lines: { level: string; entry: Record<string, unknown> }[] = [];
  setLogSink((level, line) => {
    expect(line).not.toContain("\n");
    lines.push({ level, entry: JSON.parse(line) });
  });
  return lines;
}

afterEach(() => setLogSink(null));

describe("logger", () => {
  it("writes one JSON object per line with time, level, message and the given fields", () => {
    const lines = capture();
    logger.info("route handled", { requestId: "abcdefgh", route: "/api/x", status: 200, durationMs: 3, skipped: undefined });
    expect(lines).toHaveLength(1);
    expect(lines[0].level).toBe("info");
    expect(lines[0].entry).toEqual({
      time: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/),
      level: "info",
      msg: "route handled",
      requestId: "abcdefgh",
      route: "/api/x",
      status: 200,
      durationMs: 3,
    });
  });

  it("never writes a password, token, secret or cookie, whatever a caller passes", () => {
    const lines = capture();
    logger.warn("x", { password: "MatKhau-Bi-Mat-1", sessionToken: "eyJ", cookie: "vid=1", nextauthSecret: "s", email: "a@b.vn" });
    const text = JSON.stringify(lines[0].entry);
    for (const secret of ["MatKhau-Bi-Mat-1", "eyJ", "vid=1", '"s"']) expect(text).not.toContain(secret);
    expect(lines[0].entry.email).toBe("a@b.vn");
  });

  it("writes an error with its stack, and survives values JSON cannot hold", () => {
    const lines = capture();
    logger.error("failed", { error: new Error("boom") });
    const circular: Record<string, unknown> = {};
    circular.self = circular;
    log("error", "odd", { circular, big: 10n });
    expect(lines[0].entry.error).toMatchObject({ name: "Error", message: "boom", stack: expect.stringContaining("logger.test.ts") });
    expect(lines[1].entry).toMatchObject({ level: "error", msg: "odd", note: "fields not serialisable" });
  });
});
