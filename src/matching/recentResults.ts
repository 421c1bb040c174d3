/**
 * A pure function that keeps its results for the last few arguments it was given, by the key `keyOf` makes of
 * them (the text itself for a function of one text). The answerer reads one message several ways (whole, its
 * asking sentences alone, each part), and each reading folds, normalises, analyses and ranks the same sentences:
 * kept, they are computed once per message. Emptied when full, so it stays small.
 */
export function keepingRecentResults<A extends unknown[], T>(compute: (...args: A) => T, size: number, keyOf: (...args: A) => string = (...args) => String(args[0])): (...args: A) => T {
  const recent = new Map<string, T>();
  return (...args) => {
    const key = keyOf(...args);
    let result = recent.get(key);
    if (result === undefined) {
      if (recent.size >= size) recent.clear();
      result = compute(...args);
      recent.set(key, result);
    }
    return result;
  };
}
