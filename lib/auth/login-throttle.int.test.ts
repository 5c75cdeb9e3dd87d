import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { LOGIN_LOCKOUT_MS, runLoginAttempt } from "./login-throttle";

const t0 = new Date("2026-11-26T02:00:00Z");
const at = (seconds: number) => new Date(t0.getTime() + seconds * 1000);
const wrong = async () => false;
const right = async () => true;

describe("runLoginAttempt", () => {
  it("locks an account from one address after 5 failures in 5 minutes, for 15 minutes", async () => {
    const key = { email: `${randomUUID()}@sonha.gov.vn`, ipHash: "ip-a" };
    for (let i = 0; i < 4; i++) expect(await runLoginAttempt(key, wrong, at(i * 30))).toEqual({ kind: "failed", lockedUntil: null });
    const fifth = await runLoginAttempt(key, wrong, at(120));
    expect(fifth).toEqual({ kind: "failed", lockedUntil: new Date(at(120).getTime() + LOGIN_LOCKOUT_MS) });

    // Even the right password is refused while locked, and the refusal does not prolong the lock.
    let checked = false;
    const locked = await runLoginAttempt(key, async () => (checked = true), at(600));
    expect(locked).toEqual({ kind: "locked", lockedUntil: fifth.kind === "failed" ? fifth.lockedUntil : null });
    expect(checked).toBe(false);

    // The same account from another address, and another account from this one, are not locked.
    expect(await runLoginAttempt({ ...key, ipHash: "ip-b" }, right, at(600))).toEqual({ kind: "succeeded" });
    expect((await runLoginAttempt({ ...key, email: `${randomUUID()}@sonha.gov.vn` }, right, at(600))).kind).toBe("succeeded");

    // After 15 minutes the account may try again.
    expect(await runLoginAttempt(key, right, at(120 + 15 * 60))).toEqual({ kind: "succeeded" });
  });

  it("starts counting afresh after a successful sign-in", async () => {
    const key = { email: `${randomUUID()}@sonha.gov.vn`, ipHash: "ip-c" };
    for (let i = 0; i < 4; i++) await runLoginAttempt(key, wrong, at(i));
    await runLoginAttempt(key, right, at(10));
    for (let i = 0; i < 4; i++) {
      expect(await runLoginAttempt(key, wrong, at(20 + i))).toEqual({ kind: "failed", lockedUntil: null });
    }
  });

  it("counts racing guesses against each other, so a burst cannot get past the limit", async () => {
    const key = { email: `${randomUUID()}@sonha.gov.vn`, ipHash: "ip-d" };
    const slowWrong = () => new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 50));
    const outcomes = await Promise.all(Array.from({ length: 12 }, () => runLoginAttempt(key, slowWrong, at(0))));
    expect(outcomes.filter((outcome) => outcome.kind === "failed")).toHaveLength(5);
    expect(outcomes.filter((outcome) => outcome.kind === "locked")).toHaveLength(7);
  });
});

it("forgets attempts older than a day", async () => {
  const db = await getDb();
  const key = { email: `${randomUUID()}@sonha.gov.vn`, ipHash: "ip-e" };
  await runLoginAttempt(key, wrong, at(0));
  await runLoginAttempt({ ...key, ipHash: "ip-f" }, wrong, at(24 * 3600 + 1));
  expect(await db.loginAttempt.count({ where: { email: key.email } })).toBe(1);
});
