import { createRequire } from 'node:module';
import type * as Yaml from 'yaml';

// Not named `require`: in the CommonJS build that name is the module wrapper's own parameter.
const loadPackage = createRequire(__filename);
let loaded: typeof Yaml | undefined;

/**
 * The YAML library, loaded when a file is first parsed: a start that reads the parsed base from
 * `knowledge-cache.json` never parses, and does not pay for loading it (its 70 modules, about 40 ms here).
 */
export function yaml(): typeof Yaml {
  loaded ??= loadPackage('yaml') as typeof Yaml;
  return loaded;
}
