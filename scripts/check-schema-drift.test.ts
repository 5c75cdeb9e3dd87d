import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { fileDrift, postgresDrift, sqliteDrift } from "./check-schema-drift";
import { CANONICAL_SCHEMA, derivePostgresSchema } from "./derive-postgres-schema";
import { postgresReachable } from "./postgres-reachable.mjs";

// The drift check (`npm run db:check-drift`, a step of `npm test`) against the real migrations:
// it passes on the tree as it is, and fails on a schema changed without a migration.
const work = mkdtempSync(path.join(tmpdir(), "portal-drift-test-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

// A column the migrations do not create.
const canonical = readFileSync(CANONICAL_SCHEMA, "utf8");
const changed = canonical.replace("model Setting {\n", "model Setting {\n  driftProbe String?\n");
const changedSchema = (name: string, text: string) => {
  const file = path.join(work, name);
  writeFileSync(file, text);
  return file;
};
// Its own database, so this test never meets another suite's.
const postgresUrl = `${process.env.POSTGRES_TEST_URL ?? "postgres://postgres@127.0.0.1:5432/portal_pg_integration"}_drift`;
const postgresAvailable = await postgresReachable(postgresUrl, "kiểm thử của kiểm tra lệch lược đồ trên PostgreSQL");

describe("schema drift check", () => {
  it("finds the snapshot, the derived schema and both migration lists in step", () => {
    expect(changed).not.toBe(canonical);
    expect(fileDrift()).toEqual([]);
  });

  it("finds no drift on SQLite, and a schema change without a migration", { timeout: 120_000 }, async () => {
    expect(await sqliteDrift()).toBe("");
    expect(await sqliteDrift(changedSchema("sqlite.prisma", changed))).toMatch(/"driftProbe"/);
  });

  it.runIf(postgresAvailable)("finds no drift on PostgreSQL, and a schema change without a migration", { timeout: 180_000 }, async () => {
    expect(await postgresDrift(undefined, postgresUrl)).toBe("");
    expect(await postgresDrift(changedSchema("postgres.prisma", derivePostgresSchema(changed)), postgresUrl)).toMatch(/^\+ column Setting\.driftProbe text/m);
  });
});
