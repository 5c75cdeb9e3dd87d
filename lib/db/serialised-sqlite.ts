import type { SqlDriverAdapter, SqlDriverAdapterFactory, SqlQuery, Transaction } from "@prisma/driver-adapter-utils";
import { Mutex } from "async-mutex";

/**
 * The better-sqlite3 adapter has one connection per process. It queues transactions behind
 * one another, but a statement from outside a transaction runs on that same connection at
 * once, so it lands inside whatever transaction is open: when that transaction rolls back,
 * another request's write, already acknowledged, goes with it. Here every statement outside a
 * transaction waits until no transaction is open, and a transaction waits for its turn: on
 * SQLite, which has a single writer anyway, nothing is lost but the interleaving.
 */
export function serialisedSqlite(factory: SqlDriverAdapterFactory): SqlDriverAdapterFactory {
  return {
    provider: factory.provider,
    adapterName: factory.adapterName,
    connect: async () => serialise(await factory.connect()),
  };
}

function serialise(adapter: SqlDriverAdapter): SqlDriverAdapter {
  const turn = new Mutex();
  // better-sqlite3 runs a statement synchronously once started: seeing the turn free is enough.
  const outsideTransactions = async <T>(run: () => Promise<T>): Promise<T> => {
    while (turn.isLocked()) await turn.waitForUnlock();
    return run();
  };

  return {
    provider: adapter.provider,
    adapterName: adapter.adapterName,
    queryRaw: (query: SqlQuery) => outsideTransactions(() => adapter.queryRaw(query)),
    executeRaw: (query: SqlQuery) => outsideTransactions(() => adapter.executeRaw(query)),
    executeScript: (script: string) => outsideTransactions(() => adapter.executeScript(script)),
    getConnectionInfo: adapter.getConnectionInfo?.bind(adapter),
    dispose: () => adapter.dispose(),
    startTransaction: async (isolationLevel) => {
      const release = await turn.acquire();
      let transaction: Transaction;
      try {
        transaction = await adapter.startTransaction(isolationLevel);
      } catch (error) {
        release();
        throw error;
      }
      return withRelease(transaction, release);
    },
  };
}

/**
 * The transaction, giving the turn back once it has committed or rolled back. Each of its
 * statements first lets the event loop have a turn: better-sqlite3 answers at once, so without
 * it a whole transaction (a statistics flush: ten statements, each compiled by Prisma first) runs
 * as one unbroken stretch of 40–60 ms in which no reader is answered. Transactions are writes
 * done beside the readers; a page's own reads run outside them and do not wait.
 */
function withRelease(transaction: Transaction, release: () => void): Transaction {
  const finish = (end: () => Promise<void>) => () => end().finally(release);
  return {
    provider: transaction.provider,
    adapterName: transaction.adapterName,
    options: transaction.options,
    queryRaw: async (query) => {
      await nextTurn();
      return transaction.queryRaw(query);
    },
    executeRaw: async (query) => {
      await nextTurn();
      return transaction.executeRaw(query);
    },
    commit: finish(() => transaction.commit()),
    rollback: finish(() => transaction.rollback()),
  };
}

function nextTurn(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
