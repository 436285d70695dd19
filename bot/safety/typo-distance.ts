// Typo tolerance for longer words: a letter dropped, one too many, two swapped, or a neighbouring key
// hit instead ("sjävlmord", "självmrod", "tabeltter", "överdoserst"). A substitution by a key that is
// not a neighbour costs two, so a different real word rarely passes for a typo ("rated" is not
// "raped": t and p are far apart). Keys are those of a Swedish keyboard, read after folding (å → a).
const rows = ["qwertyuiopa", "asdfghjkloa", "zxcvbnm"];

const neighbours = new Map<string, Set<string>>();
function link(a: string | undefined, b: string | undefined): void {
  if (!a || !b || a === b) return;
  if (!neighbours.has(a)) neighbours.set(a, new Set());
  if (!neighbours.has(b)) neighbours.set(b, new Set());
  neighbours.get(a)!.add(b);
  neighbours.get(b)!.add(a);
}
rows.forEach((row, r) => {
  for (let i = 0; i < row.length; i++) {
    link(row[i], row[i + 1]);
    const below = rows[r + 1];
    // On a staggered keyboard a key touches the one below it and the one below-left.
    if (below) {
      link(row[i], below[i]);
      link(row[i], below[i - 1]);
    }
  }
});

function substitutionCost(a: string, b: string): number {
  if (a === b) return 0;
  return neighbours.get(a)?.has(b) ? 1 : 2;
}

/**
 * Optimal string alignment distance with keyboard-aware substitutions; stops early and returns
 * `max + 1` as soon as the distance must exceed `max`.
 */
export function typoDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const width = b.length + 1;
  let prevPrev: number[] = [];
  let prev = Array.from({ length: width }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      let d = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + substitutionCost(a[i - 1]!, b[j - 1]!));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, prevPrev[j - 2]! + 1);
      row.push(d);
      if (d < best) best = d;
    }
    if (best > max) return max + 1;
    prevPrev = prev;
    prev = row;
  }
  return Math.min(prev[b.length]!, max + 1);
}

/** Every string made by deleting up to `depth` letters: the candidate index for typo lookups. */
export function deletions(word: string, depth: number): Set<string> {
  const out = new Set<string>([word]);
  let frontier = [word];
  for (let d = 0; d < depth; d++) {
    const next: string[] = [];
    for (const w of frontier) {
      for (let i = 0; i < w.length; i++) {
        const shorter = w.slice(0, i) + w.slice(i + 1);
        if (!out.has(shorter)) {
          out.add(shorter);
          next.push(shorter);
        }
      }
    }
    frontier = next;
  }
  return out;
}
