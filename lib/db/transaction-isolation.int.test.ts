import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { getDb } from "./client";

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("an interactive transaction that fails", () => {
  it("rolls back its own writes and never a concurrent request's acknowledged write", async () => {
    const db = await getDb();
    const marker = `transaction-isolation.${randomUUID()}`;
    const failing = db.$transaction(async (tx) => {
      await tx.auditLog.create({ data: { action: `${marker}.inside` } });
      await pause(300);
      throw new Error("giao dịch thất bại");
    });
    // Expected at once: the transaction may fail while the writes below are still being answered.
    const failed = expect(failing).rejects.toThrow("giao dịch thất bại");
    await pause(50);
    // Other requests meanwhile: plain writes, a read-modify-write and a batch, each acknowledged.
    const acknowledged = await Promise.all([
      db.auditLog.create({ data: { action: `${marker}.plain-1` } }),
      db.auditLog.create({ data: { action: `${marker}.plain-2` } }),
      db.auditLog.createMany({ data: [{ action: `${marker}.many-1` }, { action: `${marker}.many-2` }] }),
      db.$transaction([db.auditLog.create({ data: { action: `${marker}.batch` } })]),
    ]);
    expect(acknowledged).toHaveLength(4);
    await failed;

    const rows = await db.auditLog.findMany({ where: { action: { startsWith: marker } }, orderBy: { action: "asc" } });
    expect(rows.map((row) => row.action.slice(marker.length + 1))).toEqual(["batch", "many-1", "many-2", "plain-1", "plain-2"]);
  });

  it("keeps a committed transaction's writes and the writes made beside it", async () => {
    const db = await getDb();
    const marker = `transaction-isolation.${randomUUID()}`;
    const committed = db.$transaction(async (tx) => {
      await tx.auditLog.create({ data: { action: `${marker}.inside` } });
      await pause(100);
      return "committed";
    });
    await pause(20);
    await db.auditLog.create({ data: { action: `${marker}.beside` } });
    expect(await committed).toBe("committed");
    expect(await db.auditLog.count({ where: { action: { startsWith: marker } } })).toBe(2);
  });
});
