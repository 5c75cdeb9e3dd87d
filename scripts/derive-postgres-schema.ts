// Writes prisma/postgres/schema.prisma from the canonical SQLite schema: one data model,
// two providers (a Prisma schema cannot take its provider from the environment).
import { readFileSync, writeFileSync } from "node:fs";

export const CANONICAL_SCHEMA = "prisma/schema.prisma";
export const POSTGRES_SCHEMA = "prisma/postgres/schema.prisma";
/** The canonical schema as the last migration left it: the next migration is the change from it. */
export const SCHEMA_SNAPSHOT = "prisma/migrations/schema-snapshot.prisma";

export function derivePostgresSchema(source: string): string {
  const derived = source
    .replace('output     = "../generated/sqlite"', 'output     = "../../generated/postgres"')
    .replace('provider = "sqlite"', 'provider = "postgresql"')
    .replace(/url\s+= "file:[^"]*"/, 'url      = "postgresql://localhost/placeholder"');
  if (derived.includes('"sqlite"') || !derived.includes("generated/postgres")) {
    throw new Error("derive-postgres-schema: the canonical schema's generator or datasource block changed shape");
  }
  return "// GENERATED from prisma/schema.prisma by scripts/derive-postgres-schema.ts. Do not edit.\n" + derived;
}

if (process.argv[1]?.endsWith("derive-postgres-schema.ts")) {
  writeFileSync(POSTGRES_SCHEMA, derivePostgresSchema(readFileSync(CANONICAL_SCHEMA, "utf8")));
  console.log(`wrote ${POSTGRES_SCHEMA}`);
}
