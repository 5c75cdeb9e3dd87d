import { describe, expect, it } from "vitest";
import { groupCommit } from "./group-commit";

/** A writer that records its batches and can be held open until released. */
function recordingWriter() {
  const batches: number[][] = [];
  let release: () => void = () => {};
  let held: Promise<void> | null = null;
  return {
    batches,
    hold() {
      held = new Promise((resolve) => (release = resolve));
    },
    release: () => release(),
    async write(items: number[]): Promise<(number | Error)[]> {
      batches.push(items);
      if (held) await held;
      held = null;
      return items.map((item) => (item < 0 ? new Error(`bad ${item}`) : item * 10));
    },
  };
}

describe("groupCommit", () => {
  it("writes callers that arrive together as one batch, each getting its own result", async () => {
    const writer = recordingWriter();
    const submit = groupCommit(writer.write);
    expect(await Promise.all([1, 2, 3].map(submit))).toEqual([10, 20, 30]);
    expect(writer.batches).toEqual([[1, 2, 3]]);
  });

  it("puts callers arriving during a write into the next batch, not one each", async () => {
    const writer = recordingWriter();
    const submit = groupCommit(writer.write);
    writer.hold();
    const first = submit(1);
    await new Promise((resolve) => setImmediate(resolve));
    expect(writer.batches).toEqual([[1]]);
    const later = [2, 3, 4].map(submit);
    writer.release();
    expect(await Promise.all([first, ...later])).toEqual([10, 20, 30, 40]);
    expect(writer.batches).toEqual([[1], [2, 3, 4]]);
  });

  it("rejects only the caller whose own result is an Error", async () => {
    const submit = groupCommit(recordingWriter().write);
    const results = await Promise.allSettled([5, -1, 6].map(submit));
    expect(results.map((result) => result.status)).toEqual(["fulfilled", "rejected", "fulfilled"]);
    expect((results[1] as PromiseRejectedResult).reason.message).toBe("bad -1");
  });

  it("rejects every caller of a batch whose write fails, and goes on with the next batch", async () => {
    let calls = 0;
    const submit = groupCommit(async (items: number[]) => {
      calls += 1;
      if (calls === 1) throw new Error("database away");
      return items;
    });
    const failed = await Promise.allSettled([1, 2].map(submit));
    expect(failed.every((result) => result.status === "rejected")).toBe(true);
    expect(await submit(3)).toBe(3);
  });

  it("keeps batches within maxBatch", async () => {
    const writer = recordingWriter();
    const submit = groupCommit(writer.write, { maxBatch: 2 });
    expect(await Promise.all([1, 2, 3, 4, 5].map(submit))).toEqual([10, 20, 30, 40, 50]);
    expect(writer.batches).toEqual([[1, 2], [3, 4], [5]]);
  });
});
