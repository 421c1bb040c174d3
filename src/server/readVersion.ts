import { readFileSync } from 'node:fs';
import path from 'node:path';

/** The application's version from package.json (two levels up from both src/server and dist/server). */
export function readVersion(): string {
  const file = path.resolve(__dirname, '..', '..', 'package.json');
  const pkg = JSON.parse(readFileSync(file, 'utf8')) as { version?: string };
  return pkg.version ?? '0.0.0';
}
