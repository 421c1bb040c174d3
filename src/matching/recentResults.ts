/**
 * A pure text function that keeps its results for the last few texts it was given. The answerer reads one
 * message several ways (whole, its asking sentences alone, each part), and each reading folds and normalises
 * the same sentences: kept, they are computed once per message. Emptied when full, so it stays small.
 */
export function keepingRecentResults<T>(compute: (text: string) => T, size: number): (text: string) => T {
  const recent = new Map<string, T>();
  return (text) => {
    let result = recent.get(text);
    if (result === undefined) {
      if (recent.size >= size) recent.clear();
      result = compute(text);
      recent.set(text, result);
    }
    return result;
  };
}
