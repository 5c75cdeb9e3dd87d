// Which database the e2e server runs on (scripts/e2e-server.ts) and the e2e helpers read:
// the SQLite file by default; E2E_DATABASE_URL=postgres://… runs the same suite on PostgreSQL
// (that database is dropped and created again: never point it at a database you keep).
export const E2E_SQLITE_FILE = ".data/e2e.db";

export function e2eDatabaseUrl(): string {
  return process.env.E2E_DATABASE_URL || `file:./${E2E_SQLITE_FILE}`;
}

export const e2eOnPostgres = () => /^postgres(ql)?:\/\//.test(e2eDatabaseUrl());
