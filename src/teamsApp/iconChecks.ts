import { PNG } from 'pngjs';
import { packageErrors } from './packageErrors';

/** Sizes Teams requires (app manifest: `icons`). */
export const iconSizes = Object.freeze({ color: 192, outline: 32 });

/** Below this alpha a pixel counts as transparent; above it an outline pixel must be white. */
const visibleAlpha = 8;
/** Anti-aliased edges are blended with white only, so every visible outline pixel stays (near) pure white. */
const minWhite = 250;

interface DecodedPng {
  width: number;
  height: number;
  /** RGBA, 4 bytes a pixel, whatever the file's own colour type. */
  data: Buffer;
  hasAlpha: boolean;
}

function decode(file: string, bytes: Buffer, problems: string[]): DecodedPng | undefined {
  try {
    const png = PNG.sync.read(bytes);
    return { width: png.width, height: png.height, data: png.data, hasAlpha: png.alpha };
  } catch (error) {
    problems.push(packageErrors.iconNotPng(file, (error as Error).message));
    return undefined;
  }
}

/** The full-colour icon: a PNG of 192×192 pixels. */
export function checkColorIcon(file: string, bytes: Buffer): string[] {
  const problems: string[] = [];
  const png = decode(file, bytes, problems);
  if (png && (png.width !== iconSizes.color || png.height !== iconSizes.color)) {
    problems.push(packageErrors.iconSize(file, 'color', png.width, png.height, iconSizes.color));
  }
  return problems;
}

/**
 * The outline icon: a PNG of 32×32 pixels, white on a transparent background
 * (Teams tints it; any other colour, or an opaque background, shows as a blot).
 */
export function checkOutlineIcon(file: string, bytes: Buffer): string[] {
  const problems: string[] = [];
  const png = decode(file, bytes, problems);
  if (!png) return problems;
  if (png.width !== iconSizes.outline || png.height !== iconSizes.outline) {
    problems.push(packageErrors.iconSize(file, 'outline', png.width, png.height, iconSizes.outline));
  }
  if (!png.hasAlpha) {
    problems.push(packageErrors.outlineNoAlpha(file));
    return problems;
  }
  let transparent = 0;
  let visible = 0;
  let coloured = 0;
  for (let i = 0; i < png.data.length; i += 4) {
    const [r, g, b, a] = [png.data[i], png.data[i + 1], png.data[i + 2], png.data[i + 3]];
    if (a < visibleAlpha) transparent++;
    else {
      visible++;
      if (Math.min(r, g, b) < minWhite) coloured++;
    }
  }
  const pixels = png.width * png.height;
  if (transparent === 0) problems.push(packageErrors.outlineOpaque(file));
  if (visible === 0) problems.push(packageErrors.outlineEmpty(file));
  if (coloured > 0) problems.push(packageErrors.outlineNotWhite(file, coloured, pixels));
  return problems;
}
