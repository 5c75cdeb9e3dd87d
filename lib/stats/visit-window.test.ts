import { describe, expect, it } from "vitest";
import { slideVisitWindow, VISIT_GAP_MS } from "./visit-window";

const at = (minutes: number) => new Date(Date.UTC(2026, 10, 26, 8, 0) + minutes * 60_000);

describe("slideVisitWindow", () => {
  it("starts a visit for a visitor never seen", () => {
    const result = slideVisitWindow(null, [at(0)]);
    expect(result.visitStartTimes).toEqual([at(0)]);
    expect(result.presence).toEqual({ lastSeenAt: at(0), visitStarts: at(0) });
  });

  it("keeps one visit while the reader is active, however long it lasts", () => {
    // A page every 20 minutes for two hours: the window slides, it never expires.
    const hits = [0, 20, 40, 60, 80, 100, 120].map(at);
    const result = slideVisitWindow(null, hits);
    expect(result.visitStartTimes).toEqual([at(0)]);
    expect(result.presence).toEqual({ lastSeenAt: at(120), visitStarts: at(0) });
  });

  it("starts a new visit after 30 minutes of inactivity, measured from the last page view", () => {
    const previous = { lastSeenAt: at(10), visitStarts: at(0) };
    expect(slideVisitWindow(previous, [at(39)]).visitStartTimes).toEqual([]);
    expect(slideVisitWindow(previous, [at(40)]).visitStartTimes).toEqual([at(40)]);
    expect(VISIT_GAP_MS).toBe(30 * 60_000);
  });

  it("counts every pause inside one batch of hits", () => {
    const result = slideVisitWindow(null, [at(0), at(5), at(50), at(60), at(200)]);
    expect(result.visitStartTimes).toEqual([at(0), at(50), at(200)]);
    expect(result.presence).toEqual({ lastSeenAt: at(200), visitStarts: at(200) });
  });

  it("never moves the window back for a late hit", () => {
    const previous = { lastSeenAt: at(30), visitStarts: at(0) };
    const result = slideVisitWindow(previous, [at(25)]);
    expect(result.visitStartTimes).toEqual([]);
    expect(result.presence).toEqual(previous);
  });
});
