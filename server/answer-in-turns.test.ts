import { describe, expect, it } from "vitest";
import { answerInTurns } from "./answer-in-turns";

function busyFor(ms: number): void {
  const until = performance.now() + ms;
  while (performance.now() < until);
}

describe("answerInTurns", () => {
  it("answers in arrival order, never synchronously, in the same turn when there is room", async () => {
    const turns = answerInTurns(8);
    const order: string[] = [];
    const timer = new Promise<void>((resolve) => setTimeout(() => (order.push("timer"), resolve()), 0));
    turns.take(() => order.push("a"));
    turns.take(() => order.push("b"));
    order.push("caller");
    await timer;
    expect(order).toEqual(["caller", "a", "b", "timer"]);
  });

  it("lets timers run between slices of a burst, and still answers everyone in order", async () => {
    const turns = answerInTurns(8);
    const answered: number[] = [];
    const timerSawAnswered: number[] = [];
    // A timer that keeps asking for its turn, as the statistics flush and the change log do.
    let ticking = true;
    const tick = () => {
      timerSawAnswered.push(answered.length);
      if (ticking) setTimeout(tick, 1);
    };
    setTimeout(tick, 1);
    const done = new Promise<void>((resolve) => {
      for (let index = 0; index < 40; index++) {
        turns.take(() => {
          busyFor(1);
          answered.push(index);
          if (answered.length === 40) resolve();
        });
      }
    });
    await done;
    ticking = false;
    expect(answered).toEqual([...Array(40).keys()]);
    // 40 answers of 1 ms in slices of 8 ms: the timer ran while the burst was still being answered.
    const during = timerSawAnswered.filter((count) => count > 0 && count < 40);
    expect(during.length).toBeGreaterThanOrEqual(2);
  });

  it("holds no turn longer than its slice plus one answer", async () => {
    const turns = answerInTurns(5);
    const gaps: number[] = [];
    let last = performance.now();
    const probe = setInterval(() => {
      const now = performance.now();
      gaps.push(now - last);
      last = now;
    }, 1);
    await new Promise<void>((resolve) => {
      let left = 60;
      for (let index = 0; index < 60; index++) {
        turns.take(() => {
          busyFor(1);
          if (--left === 0) resolve();
        });
      }
    });
    clearInterval(probe);
    // Answered all at once, the 60 ms of work would hold the timer up for 60 ms.
    expect(Math.max(...gaps)).toBeLessThan(30);
  });
});
