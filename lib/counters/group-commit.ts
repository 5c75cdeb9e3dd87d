import { groupBy } from "@/lib/collections/group-by";
import type { Db } from "@/lib/db/client";

/**
 * Runs many concurrent callers' writes as one batch: while a batch is being written, new
 * items wait, and they all go in the next one. An idle queue writes at once (after the current
 * turn of the event loop, so callers arriving together share a batch), so nobody waits for a
 * timer; under load, batches grow with the number of callers in flight. This is how a
 * database takes thousands of counted views a second: a handful of statements per batch
 * instead of a handful per view.
 *
 * `write` answers one result per item, in order; an item's own failure can be an Error in its
 * place, which rejects that caller alone. If `write` throws, every caller of that batch gets
 * the error: nothing of theirs is reported as done.
 */
export function groupCommit<Item, Result>(
  write: (items: Item[]) => Promise<(Result | Error)[]>,
  { maxBatch = 256 }: { maxBatch?: number } = {},
): (item: Item) => Promise<Result> {
  type Waiting = { item: Item; resolve: (result: Result) => void; reject: (error: unknown) => void };
  let queue: Waiting[] = [];
  let writing = false;

  async function drain() {
    writing = true;
    while (queue.length > 0) {
      const batch = queue.slice(0, maxBatch);
      queue = queue.slice(batch.length);
      try {
        const results = await write(batch.map((waiting) => waiting.item));
        batch.forEach((waiting, index) => {
          const result = results[index];
          if (result instanceof Error) waiting.reject(result);
          else waiting.resolve(result);
        });
      } catch (error) {
        for (const waiting of batch) waiting.reject(error);
      }
    }
    writing = false;
  }

  return (item) =>
    new Promise<Result>((resolve, reject) => {
      queue.push({ item, resolve, reject });
      if (!writing) {
        writing = true;
        setImmediate(drain);
      }
    });
}

/**
 * groupCommit for items written to a database at a moment: one queue per client, and each
 * batch written by `writeAt` once per moment its items name. In service no item names one and a
 * batch is written at a single `new Date()`; tests name theirs to fix the clock.
 */
export function momentBatches<Item extends { now?: Date }, Result>(
  writeAt: (db: Db, now: Date, items: Item[]) => Promise<(Result | Error)[]>,
): (db: Db, item: Item) => Promise<Result> {
  const writers = new WeakMap<Db, (item: Item) => Promise<Result>>();
  return (db, item) => {
    let write = writers.get(db);
    if (!write) {
      write = groupCommit(async (items: Item[]) => {
        const batchNow = new Date();
        const byMoment = groupBy(items.keys(), (index) => (items[index].now ?? batchNow).getTime());
        const results: (Result | Error)[] = new Array(items.length);
        for (const [time, indices] of byMoment) {
          const answers = await writeAt(db, new Date(time), indices.map((index) => items[index]));
          indices.forEach((itemIndex, answerIndex) => (results[itemIndex] = answers[answerIndex]));
        }
        return results;
      });
      writers.set(db, write);
    }
    return write(item);
  };
}
