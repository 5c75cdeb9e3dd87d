import "server-only";
import bcrypt from "bcryptjs";

// Cost 12 is about 0.25 s per check on our 2-core machines: slow for an attacker, fine for a sign-in.
const BCRYPT_COST = 12;

export function hashPassword(password: string): Promise<string> {
  return bcrypt.hash(password, BCRYPT_COST);
}

export function verifyPassword(password: string, hash: string): Promise<boolean> {
  return bcrypt.compare(password, hash);
}
