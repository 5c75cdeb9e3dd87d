import { describe, expect, it } from "vitest";
import { demoContentWanted, seedingNeeded } from "./seed-state.mjs";

describe("demoContentWanted", () => {
  it("follows SEED_DEMO when it is given", () => {
    expect(demoContentWanted({ SEED_DEMO: "true", NEXTAUTH_URL: "https://congthongtin.sonha.gov.vn" })).toBe(true);
    expect(demoContentWanted({ SEED_DEMO: "false" })).toBe(false);
  });

  it("without SEED_DEMO, wants the demo only for a portal at this machine's address", () => {
    expect(demoContentWanted({})).toBe(true);
    expect(demoContentWanted({ NEXTAUTH_URL: "http://localhost:3000" })).toBe(true);
    expect(demoContentWanted({ NEXTAUTH_URL: "http://127.0.0.1:3100" })).toBe(true);
    expect(demoContentWanted({ NEXTAUTH_URL: "https://congthongtin.sonha.gov.vn" })).toBe(false);
    expect(demoContentWanted({ NEXTAUTH_URL: "http://localhost.sonha.gov.vn" })).toBe(false);
    expect(demoContentWanted({ NEXTAUTH_URL: "không phải địa chỉ" })).toBe(false);
  });

  it("refuses a SEED_DEMO it does not understand rather than guess", () => {
    expect(() => demoContentWanted({ SEED_DEMO: "yes" })).toThrow(/SEED_DEMO phải là true hoặc false/);
  });
});

describe("seedingNeeded", () => {
  const done = { demoContent: true, passwordsChecked: true, administrator: true };

  it("finds nothing to do on a prepared install", () => {
    expect(seedingNeeded(done, { demo: true, env: {} })).toBe(false);
    expect(seedingNeeded({ ...done, demoContent: false }, { demo: false, env: {} })).toBe(false);
  });

  it("runs the seed for a missing administrator, an unchecked install, missing demo content or ADMIN_PASSWORD", () => {
    expect(seedingNeeded({ ...done, administrator: false }, { demo: false, env: {} })).toBe(true);
    expect(seedingNeeded({ ...done, passwordsChecked: false }, { demo: false, env: {} })).toBe(true);
    expect(seedingNeeded({ ...done, demoContent: false }, { demo: true, env: {} })).toBe(true);
    expect(seedingNeeded(done, { demo: false, env: { ADMIN_PASSWORD: "Mot-mat-khau-moi" } })).toBe(true);
  });
});
