import { readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * The Node flags `npm start` gives the bot (`"start": "node --max-semi-space-size=4 dist/index.js"`), read from
 * package.json so that the benchmark starts the bot exactly as `npm start` does.
 */
export function startScriptFlags(repoDir: string): string[] {
  const pkg = JSON.parse(readFileSync(path.join(repoDir, 'package.json'), 'utf8')) as { scripts?: Record<string, string> };
  const words = (pkg.scripts?.start ?? '').trim().split(/\s+/);
  if (words[0] !== 'node') return [];
  const flags: string[] = [];
  for (const word of words.slice(1)) {
    if (!word.startsWith('--')) break;
    flags.push(word);
  }
  return flags;
}
