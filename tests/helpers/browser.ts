import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';

/** Where browser tests leave their screenshots (gitignored). */
export const screenshotDir = path.resolve('test-output', 'browser');

/**
 * Debian's Chromium (`apt-get install chromium`), or CHROMIUM_PATH. Browsers are never downloaded:
 * playwright-core drives the system's one.
 */
export function findChromium(): string | undefined {
  if (process.env.CHROMIUM_PATH && existsSync(process.env.CHROMIUM_PATH)) return process.env.CHROMIUM_PATH;
  try {
    return execFileSync('which', ['chromium'], { encoding: 'utf8' }).trim() || undefined;
  } catch {
    return undefined;
  }
}

/**
 * Why browser tests are skipped, or `undefined` when they run. Out of CI a machine without Chromium skips them;
 * in CI they always run (`.ci/run` installs Chromium), so a missing browser fails there instead of hiding.
 */
export function browserSkipReason(): string | undefined {
  if (findChromium() || process.env.CI) return undefined;
  return 'Chromium is not installed (apt-get install chromium): browser tests skipped. They always run in CI.';
}

/**
 * Headless Chromium with no network beyond what the page asks for, and a fresh profile: Playwright starts
 * every browser with a new empty temporary --user-data-dir and deletes it on close.
 */
export async function launchChromium(): Promise<Browser> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error('Chromium not found: install it with `apt-get install chromium` (or set CHROMIUM_PATH).');
  mkdirSync(screenshotDir, { recursive: true });
  return chromium.launch({
    executablePath,
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** The path of a screenshot named `name`.png under the screenshot folder. */
export function screenshotPath(name: string): string {
  return path.join(screenshotDir, `${name}.png`);
}

/** Waits until `check` holds (polling every 200 ms), or fails after `timeoutMs` saying what was awaited. */
export async function waitUntil(what: string, check: () => Promise<boolean> | boolean, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs} ms waiting until ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}
