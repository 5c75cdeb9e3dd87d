import { afterEach, describe, expect, it } from "vitest";
import { sessionAlive, sessionIdleSeconds, sessionMaxSeconds } from "./session-config";

const NOW = new Date("2026-12-03T03:00:00Z");
const at = (secondsBefore: number) => NOW.getTime() / 1000 - secondsBefore;

afterEach(() => {
  delete process.env.SESSION_IDLE_SECONDS;
  delete process.env.SESSION_MAX_HOURS;
});

describe("sessionAlive", () => {
  it("keeps a session active within the idle limit and younger than the absolute limit", () => {
    expect(sessionAlive({ signedInAt: at(3600), lastActiveAt: at(60) }, NOW)).toBe(true);
    expect(sessionAlive({ signedInAt: at(1800), lastActiveAt: at(1800) }, NOW)).toBe(true);
  });

  it("ends it once idle past SESSION_IDLE_SECONDS, by the server's clock", () => {
    expect(sessionAlive({ signedInAt: at(1801), lastActiveAt: at(1801) }, NOW)).toBe(false);
    process.env.SESSION_IDLE_SECONDS = "120";
    expect(sessionIdleSeconds()).toBe(120);
    expect(sessionAlive({ signedInAt: at(150), lastActiveAt: at(150) }, NOW)).toBe(false);
    expect(sessionAlive({ signedInAt: at(150), lastActiveAt: at(100) }, NOW)).toBe(true);
  });

  it("ends a busy session at SESSION_MAX_HOURS from its sign-in", () => {
    expect(sessionMaxSeconds()).toBe(12 * 3600);
    expect(sessionAlive({ signedInAt: at(12 * 3600 + 1), lastActiveAt: at(5) }, NOW)).toBe(false);
    process.env.SESSION_MAX_HOURS = "2";
    expect(sessionAlive({ signedInAt: at(2 * 3600 - 10), lastActiveAt: at(5) }, NOW)).toBe(true);
    expect(sessionAlive({ signedInAt: at(2 * 3600 + 10), lastActiveAt: at(5) }, NOW)).toBe(false);
  });

  it("refuses tokens without times, with times from the future or activity before the sign-in", () => {
    expect(sessionAlive({}, NOW)).toBe(false);
    expect(sessionAlive({ signedInAt: "1", lastActiveAt: at(0) }, NOW)).toBe(false);
    expect(sessionAlive({ signedInAt: at(10), lastActiveAt: at(-3600) }, NOW)).toBe(false);
    expect(sessionAlive({ signedInAt: at(10), lastActiveAt: at(20) }, NOW)).toBe(false);
  });
});
