import { readFileSync } from "node:fs";
import path from "node:path";

// The XSS corpus (e2e/fixtures/xss-payloads.txt), numbered from 1 in file order. Each payload
// calls __xss(<its number>) or alert(<its number>) if it ever runs.
export type XssPayload = { id: number; text: string };

const CORPUS_FILE = path.join(__dirname, "..", "fixtures", "xss-payloads.txt");

export function loadXssPayloads(): XssPayload[] {
  return readFileSync(CORPUS_FILE, "utf8")
    .split("\n")
    .filter((line) => line.trim() !== "" && !/^#( |$)/.test(line))
    .map((line, index) => {
      const id = index + 1;
      return { id, text: line.replaceAll("{{x}}", `__xss(${id})`).replaceAll("{{n}}", String(id)) };
    });
}

/**
 * The payloads packed, in order, into texts of at most `maxLength` characters (joined by
 * spaces after `prefix`), so a field with a length limit still carries every payload across
 * a few records. A payload longer than the limit on its own is left out of that field.
 */
export function packPayloads(payloads: XssPayload[], maxLength: number, prefix = ""): string[] {
  const texts: string[] = [];
  let current = prefix;
  for (const { text } of payloads) {
    if (prefix.length + text.length > maxLength) continue;
    const next = current === prefix ? `${prefix}${text}` : `${current} ${text}`;
    if (next.length > maxLength) {
      texts.push(current);
      current = `${prefix}${text}`;
    } else {
      current = next;
    }
  }
  if (current !== prefix) texts.push(current);
  return texts;
}

/** Where the seed leaves what it created, for the spec to visit and to remove afterwards. */
export const XSS_MANIFEST_FILE = ".data/xss-corpus.json";

export type XssManifest = {
  articlePaths: string[];
  categoryPath: string;
  documentPaths: string[];
  documentEditPaths: string[];
  articleEditPath: string;
  signInAs: { email: string; password: string };
  searchWord: string;
  ids: { articles: number[]; categories: number[]; documents: number[]; users: number[]; references: Record<string, number[]> };
};
