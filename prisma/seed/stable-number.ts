/** A small deterministic hash, so every seeded database tells the same story. */
export function stableNumber(text: string): number {
  let hash = 2166136261;
  for (const char of text) hash = Math.imul(hash ^ char.codePointAt(0)!, 16777619);
  return hash >>> 0;
}
