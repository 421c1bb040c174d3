/**
 * A bounded memo for pure functions of a string: the texts the bot computes again and again (its own
 * answers' redaction, button keys, source dates) come from the knowledge base, so a few hundred entries
 * hold all of them; unique texts (what visitors type) just pass through, oldest forgotten first.
 */
export function memoizeText(compute: (text: string) => string, capacity = 1000): (text: string) => string {
  const known = new Map<string, string>();
  return (text) => {
    const found = known.get(text);
    if (found !== undefined) return found;
    const value = compute(text);
    known.set(text, value);
    if (known.size > capacity) known.delete(known.keys().next().value as string);
    return value;
  };
}
