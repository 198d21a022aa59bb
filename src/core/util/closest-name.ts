/** Edit distance, for "did you mean" hints on a handful of short names. */
function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min(previous[j] + 1, current[j - 1] + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length];
}

/**
 * The known name a mistyped one most resembles, if any is close: case and `_`/`-` differences
 * count as one edit at most, and the distance allowed grows with the length (1 for short names).
 */
export function closestName(name: string, known: Iterable<string>): string | undefined {
  const fold = (value: string) => value.toLowerCase().replace(/[_-]/g, '');
  const folded = fold(name);
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of known) {
    if (candidate === name) return undefined;
    const distance = fold(candidate) === folded ? 0.5 : editDistance(folded, fold(candidate));
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  const allowed = Math.max(1, Math.floor(name.length / 4));
  return bestDistance <= allowed ? best : undefined;
}
