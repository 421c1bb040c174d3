import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { loadPackage } from './lazyPackage';

/**
 * A hash of the code a cached result depends on: the files of `dirs` whose names match `only` (each named
 * by its folder and file name), and the installed versions of `packages`. A cache written by other code,
 * or with other packages, has another fingerprint and is not read back.
 */
export function codeFingerprint(dirs: ReadonlyArray<{ dir: string; only: RegExp }>, packages: readonly string[]): string {
  const hash = createHash('sha256');
  for (const { dir, only } of dirs) {
    for (const name of readdirSync(dir).filter((file) => only.test(file)).sort()) {
      hash.update(`${path.basename(dir)}/${name}\0`).update(readFileSync(path.join(dir, name))).update('\0');
    }
  }
  for (const name of packages) hash.update(`${name}@${(loadPackage(`${name}/package.json`) as { version: string }).version}\0`);
  return hash.digest('hex');
}
