import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { resolveDatabaseTarget } from "@/lib/db/database-url";
import { isDemoContentInPlace } from "./demo-content-check";

describe("isDemoContentInPlace", () => {
  const adminEmail = process.env.ADMIN_EMAIL;
  afterEach(() => {
    if (adminEmail === undefined) delete process.env.ADMIN_EMAIL;
    else process.env.ADMIN_EMAIL = adminEmail;
  });

  it("sees the seeded test database, with its editor account", async () => {
    expect(await isDemoContentInPlace(resolveDatabaseTarget())).toBe(true);
  });

  it("is false when the configured editor account does not exist yet", async () => {
    process.env.ADMIN_EMAIL = "chua-co@sonha.gov.vn";
    expect(await isDemoContentInPlace(resolveDatabaseTarget())).toBe(false);
  });

  it("is false for a database file that does not exist or has no tables", async () => {
    const folder = mkdtempSync(path.join(tmpdir(), "portal-check-"));
    expect(await isDemoContentInPlace(resolveDatabaseTarget(`file:${path.join(folder, "none.db")}`))).toBe(false);
    const { default: Database } = await import("better-sqlite3");
    new Database(path.join(folder, "empty.db")).close();
    expect(await isDemoContentInPlace(resolveDatabaseTarget(`file:${path.join(folder, "empty.db")}`))).toBe(false);
  });
});
