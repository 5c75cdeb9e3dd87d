import { describe, expect, it } from "vitest";
import { LOGIN_LOCKOUT_MS, lockedUntilFrom, lockoutMessage } from "./login-throttle";

const t0 = new Date("2026-11-26T02:00:00Z");
const at = (minutes: number) => new Date(t0.getTime() + minutes * 60_000);

describe("lockedUntilFrom", () => {
  it("locks for 15 minutes from the fifth failure inside 5 minutes", () => {
    expect(lockedUntilFrom([at(0), at(1), at(2), at(3)])).toBeNull();
    expect(lockedUntilFrom([at(0), at(1), at(2), at(3), at(4)])).toEqual(new Date(at(4).getTime() + LOGIN_LOCKOUT_MS));
    expect(lockedUntilFrom([at(0), at(1), at(2), at(3), at(5)])).toEqual(at(20));
  });

  it("does not lock failures spread over more than 5 minutes", () => {
    expect(lockedUntilFrom([at(0), at(2), at(4), at(6), at(8), at(10)])).toBeNull();
  });

  it("takes the latest lockout when the failures allow several", () => {
    expect(lockedUntilFrom([at(0), at(1), at(2), at(3), at(4), at(4.5)])).toEqual(at(19.5));
  });
});

it("tells the user in Vietnamese how long to wait, in whole minutes", () => {
  expect(lockoutMessage(at(15), at(0))).toContain("thử lại sau 15 phút");
  expect(lockoutMessage(at(0.2), at(0))).toContain("thử lại sau 1 phút");
});
