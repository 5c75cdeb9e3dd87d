import { type Db, getDb } from "@/lib/db/client";

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
 * groupCommit for items written to the database at one moment: the returned function reaches
 * the process's client itself (getDb), one queue per client, and each batch is written by
 * `writeAt` at the time `clock` tells as the batch starts. The clock is the system's in
 * service; a test that needs another time makes its own writer with its own clock.
 */
export function momentBatches<Item, Result>(
  writeAt: (db: Db, now: Date, items: Item[]) => Promise<(Result | Error)[]>,
  clock: () => Date = () => new Date(),
): (item: Item) => Promise<Result> {
  const writers = new WeakMap<Db, (item: Item) => Promise<Result>>();
  return async (item) => {
    const db = await getDb();
    let write = writers.get(db);
    if (!write) {
      write = groupCommit((items: Item[]) => writeAt(db, clock(), items));
      writers.set(db, write);
    }
    return write(item);
  };
}
