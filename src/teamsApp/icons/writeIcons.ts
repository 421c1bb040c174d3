/**
 * Draws the Teams app icons into appPackage/ (color.png, outline.png). The committed images are
 * this script's output; a test checks that they still are. Run: `npx tsx src/teamsApp/icons/writeIcons.ts`.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { appPackageDir } from '../buildAppPackage';
import { drawColorIcon, drawOutlineIcon } from './drawIcons';

for (const [file, bytes] of [
  ['color.png', drawColorIcon()],
  ['outline.png', drawOutlineIcon()],
] as const) {
  writeFileSync(path.join(appPackageDir, file), bytes);
  console.log(`Wrote ${path.relative(process.cwd(), path.join(appPackageDir, file))} (${bytes.length} bytes)`);
}
