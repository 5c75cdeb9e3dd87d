// Plain JavaScript: `npm start` runs without a TypeScript loader (it costs most of a second),
// and the TypeScript scripts import this same file.
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

const SECRET_FILE = path.join(".data", "nextauth-secret");

/**
 * Fills in the environment the server needs, with defaults a single machine can run on.
 * NEXTAUTH_SECRET, when not given, is generated once and kept in .data/ so sessions
 * survive restarts.
 */
export function prepareRuntimeEnv() {
  process.env.PORT ||= "3000";
  process.env.NEXTAUTH_URL ||= `http://localhost:${process.env.PORT}`;
  process.env.UPLOAD_DIR ||= path.join(".data", "uploads");
  mkdirSync(process.env.UPLOAD_DIR, { recursive: true });
  if (!process.env.NEXTAUTH_SECRET) {
    if (!existsSync(SECRET_FILE)) {
      mkdirSync(path.dirname(SECRET_FILE), { recursive: true });
      writeFileSync(SECRET_FILE, randomBytes(32).toString("base64url"), { mode: 0o600 });
    }
    process.env.NEXTAUTH_SECRET = readFileSync(SECRET_FILE, "utf8").trim();
  }
}
