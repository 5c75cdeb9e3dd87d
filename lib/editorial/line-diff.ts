export type DiffLine = { kind: "same" | "added" | "removed"; text: string };

// Beyond this many line pairs the table would be too large to keep in memory for a request;
// such revisions are shown as "everything removed, everything added".
const MAX_CELLS = 4_000_000;

/** A line diff by longest common subsequence: what was removed from `before` and added in `after`. */
export function diffLines(before: string[], after: string[]): DiffLine[] {
  const n = before.length;
  const m = after.length;
  if (n * m > MAX_CELLS) {
    return [...before.map((text) => ({ kind: "removed" as const, text })), ...after.map((text) => ({ kind: "added" as const, text }))];
  }
  // common[i][j] = length of the LCS of before[i..] and after[j..]
  const common = Array.from({ length: n + 1 }, () => new Uint32Array(m + 1));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      common[i][j] = before[i] === after[j] ? common[i + 1][j + 1] + 1 : Math.max(common[i + 1][j], common[i][j + 1]);
    }
  }
  const result: DiffLine[] = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (before[i] === after[j]) {
      result.push({ kind: "same", text: before[i] });
      i++;
      j++;
    } else if (common[i + 1][j] >= common[i][j + 1]) {
      result.push({ kind: "removed", text: before[i++] });
    } else {
      result.push({ kind: "added", text: after[j++] });
    }
  }
  while (i < n) result.push({ kind: "removed", text: before[i++] });
  while (j < m) result.push({ kind: "added", text: after[j++] });
  return result;
}
