import { describe, expect, it } from "vitest";
import { announcementStep, countdownText, secondsShown } from "./idle-countdown";

describe("secondsShown", () => {
  it("rounds up, so the prompt never shows 0 while time is left", () => {
    expect(secondsShown(60_000)).toBe(60);
    expect(secondsShown(59_001)).toBe(60);
    expect(secondsShown(1)).toBe(1);
    expect(secondsShown(0)).toBe(0);
    expect(secondsShown(-500)).toBe(0);
  });
});

describe("announcementStep", () => {
  it("changes only at 40, 20 and 10 seconds, so the countdown is not read every second", () => {
    const steps = new Set<number>();
    const changesAt: number[] = [];
    let previous = announcementStep(60);
    for (let seconds = 59; seconds >= 1; seconds--) {
      const step = announcementStep(seconds);
      steps.add(step);
      if (step !== previous) changesAt.push(seconds);
      previous = step;
    }
    expect(changesAt).toEqual([40, 20, 10]);
    expect(steps.size).toBe(4);
  });
});

it("uses the reference page's words", () => {
  expect(countdownText(60)).toBe("Thời gian chờ: 60 giây");
});
