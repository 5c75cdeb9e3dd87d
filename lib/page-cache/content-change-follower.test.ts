import { describe, expect, it } from "vitest";
import { ContentChangeFollower } from "./content-change-follower";
import type { ContentChangeRow } from "./content-changes";

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
    await follower.catchUp(2_000);
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
    expect(log.reads).toBe(afterFirst + 2);
  });

  it("still applies a change whose lower id became visible after a higher one", async () => {
    const log = changeLog([]);
    const seen: string[] = [];
    const follower = new ContentChangeFollower(log.source, (tags) => seen.push(...tags), 0);
    await follower.catchUp(0);
    log.rows.push({ id: 11, tag: "articles" }); // id 10 is still in an open transaction
    await follower.catchUp(1);
    log.rows.push({ id: 10, tag: "article:3" }); // ...and commits now
    await follower.catchUp(2);
    await follower.catchUp(3);
    expect(seen).toEqual(["articles", "article:3"]);
  });
});
