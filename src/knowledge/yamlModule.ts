import type * as Yaml from 'yaml';
import { lazyPackage } from '../runtime/lazyPackage';

/**
 * The YAML library, loaded when a file is first parsed: a start that reads the parsed base from
 * `knowledge-cache.json` never parses, and does not pay for loading it (its 70 modules, about 40 ms here).
 */
export const yaml = lazyPackage<typeof Yaml>('yaml');
