import { rmSync } from "node:fs";
import { applyTestPasswords } from "./test-passwords";

// A fresh database for every run: migrations applied by the same runner the server uses,
// demo content loaded by the same seed the README's start command uses.
export default async function setup() {
  process.env.DATABASE_URL = "file:./.data/test-integration.db";
  process.env.UPLOAD_DIR = ".data/test-uploads";
  applyTestPasswords();
  for (const suffix of ["", "-wal", "-shm"]) rmSync(`.data/test-integration.db${suffix}`, { force: true });
  const { prepareDatabase } = await import("../scripts/prepare-database");
  await prepareDatabase("demo");
}
