import { describe, expect, it } from "vitest";
import { ContentChangeFollower } from "./content-change-follower";
import type { ContentChangeRow } from "./content-changes";

// Lets a read the follower started behind its caller run to its end.
const settle = () => new Promise((resolve) => setImmediate(resolve));

function changeLog(rows: ContentChangeRow[]) {
  let reads = 0;
  return {
    rows,
    get reads() {
      return reads;
    },
    source: {
      read: async (afterId: number) => {
        reads += 1;
        return rows.filter((row) => row.id > afterId).sort((a, b) => a.id - b.id);
      },
      latestId: async () => Math.max(0, ...rows.map((row) => row.id)),
    },
  };
}

describe("ContentChangeFollower", () => {
  it("starts at the end of the log, then hands over each new change once", async () => {
    const log = changeLog([{ id: 1, tag: "articles" }]);
    const seen: string[][] = [];
    const follower = new ContentChangeFollower(log.source, (tags) => seen.push([...tags]), 500);
    await follower.catchUp(0);
    expect(seen).toEqual([]);
    log.rows.push({ id: 2, tag: "documents" }, { id: 3, tag: "article:7" });
    await follower.catchUp(1_000);
    await settle();
    await follower.catchUp(2_000);
    await settle();
    expect(seen).toEqual([["documents", "article:7"]]);
  });

  it("reads at most once per interval unless forced", async () => {
    const log = changeLog([]);
    const follower = new ContentChangeFollower(log.source, () => {}, 500);
    await follower.catchUp(0);
    const afterFirst = log.reads;
    await follower.catchUp(100);
    expect(log.reads).toBe(afterFirst);
    await follower.catchUp(200, { force: true });
    expect(log.reads).toBe(afterFirst + 1);
    await follower.catchUp(800);
    await settle();
    expect(log.reads).toBe(afterFirst + 2);
  });

  it("still applies a change whose lower id became visible after a higher one", async () => {
    const log = changeLog([]);
    const seen: string[] = [];
    const follower = new ContentChangeFollower(log.source, (tags) => seen.push(...tags), 0);
    await follower.catchUp(0);
    log.rows.push({ id: 11, tag: "articles" }); // id 10 is still in an open transaction
    await follower.catchUp(1);
    await settle();
    log.rows.push({ id: 10, tag: "article:3" }); // ...and commits now
    await follower.catchUp(2);
    await settle();
    await follower.catchUp(3);
    await settle();
    expect(seen).toEqual(["articles", "article:3"]);
  });

  it("does not hold callers up for a periodic read, but does for the first and a forced one", async () => {
    const log = changeLog([{ id: 1, tag: "articles" }]);
    let release = () => {};
    let slow = false;
    const seen: string[] = [];
    const source = {
      latestId: log.source.latestId,
      read: async (afterId: number) => {
        if (slow) await new Promise<void>((resolve) => (release = resolve));
        return log.source.read(afterId);
      },
    };
    const follower = new ContentChangeFollower(source, (tags) => seen.push(...tags), 500);
    await follower.catchUp(0);

    slow = true;
    log.rows.push({ id: 2, tag: "article:4" });
    // The periodic read is stuck on the database: callers still get their answer at once.
    await follower.catchUp(600);
    await follower.catchUp(700);
    expect(seen).toEqual([]);
    release();
    await settle();
    expect(seen).toEqual(["article:4"]);

    // A forced read (this instance wrote) is awaited by its caller and by those who come meanwhile.
    log.rows.push({ id: 3, tag: "documents" });
    let forcedDone = false;
    let otherDone = false;
    const forced = follower.catchUp(800, { force: true }).then(() => (forcedDone = true));
    await settle();
    const other = follower.catchUp(801).then(() => (otherDone = true));
    await settle();
    expect([forcedDone, otherDone]).toEqual([false, false]);
    release();
    await Promise.all([forced, other]);
    expect(seen).toEqual(["article:4", "documents"]);
  });

  it("refuses while the last read failed, and recovers at the next interval", async () => {
    const log = changeLog([]);
    let failing = false;
    const source = {
      latestId: log.source.latestId,
      read: async (afterId: number) => {
        if (failing) throw new Error("database unreachable");
        return log.source.read(afterId);
      },
    };
    const follower = new ContentChangeFollower(source, () => {}, 500);
    await follower.catchUp(0);
    failing = true;
    await follower.catchUp(600);
    await settle();
    await expect(follower.catchUp(700)).rejects.toThrow("database unreachable");
    failing = false;
    // The retry runs behind this caller, who is still refused until it has succeeded.
    await expect(follower.catchUp(1_200)).rejects.toThrow("database unreachable");
    await settle();
    await expect(follower.catchUp(1_300)).resolves.toBeUndefined();
  });

  it("awaits the first read again when it failed", async () => {
    const log = changeLog([]);
    let failing = true;
    const follower = new ContentChangeFollower(
      {
        latestId: async () => {
          if (failing) throw new Error("database unreachable");
          return 0;
        },
        read: log.source.read,
      },
      () => {},
      500,
    );
    await expect(follower.catchUp(0)).rejects.toThrow("database unreachable");
    failing = false;
    await expect(follower.catchUp(10)).resolves.toBeUndefined();
  });
});
