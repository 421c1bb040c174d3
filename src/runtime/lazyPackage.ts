import { createRequire } from 'node:module';

/**
 * Loads an installed package (or a file of one) now, like `require`. Not named `require`: in the CommonJS
 * build that name is the module wrapper's own parameter.
 */
export const loadPackage = createRequire(__filename);

/**
 * A package loaded when it is first used rather than at start: a start that never needs it (the parsed
 * base read from its cache, every stem known, no rate limit taken yet) does not pay for loading it.
 */
export function lazyPackage<T>(id: string): () => T {
  let loaded: T | undefined;
  return () => (loaded ??= loadPackage(id) as T);
}
