/**
 * A pure function that keeps its results for the last few arguments it was given, by the key `keyOf` makes of
 * them (the text itself for a function of one text). The answerer reads one message several ways (whole, its
 * asking sentences alone, each part), and each reading folds, normalises, analyses and ranks the same sentences:
 * kept, they are computed once per message. Emptied when full, so it stays small.
 */
export function keepingRecentResults<A extends unknown[], T>(compute: (...args: A) => T, size: number, keyOf?: (...args: A) => string): (...args: A) => T {
  // Emptied by starting a new map: `Map.clear` cost about as much as the lookups of all the results it dropped.
  let recent = new Map<string, T>();
  if (keyOf === undefined) {
    // A function of one text, keyed by it: called without spreading its arguments (most calls are of this kind).
    const computeOne = compute as unknown as (arg: unknown) => T;
    return ((arg: unknown) => {
      const key = String(arg);
      let result = recent.get(key);
      if (result === undefined) {
        if (recent.size >= size) recent = new Map();
        result = computeOne(arg);
        recent.set(key, result);
      }
      return result;
    }) as unknown as (...args: A) => T;
  }
  return (...args) => {
    const key = keyOf(...args);
    let result = recent.get(key);
    if (result === undefined) {
      if (recent.size >= size) recent = new Map();
      result = compute(...args);
      recent.set(key, result);
    }
    return result;
  };
}
