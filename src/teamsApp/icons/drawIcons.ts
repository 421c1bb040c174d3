import { PNG } from 'pngjs';
import { iconSizes } from '../iconChecks';
import { minus, questionMark, roundedRect, triangle, union, type Shape } from './shapes';

/** The widget's primary colour (WIDGET_PRIMARY_COLOR's default), so the bot looks the same everywhere. */
export const iconBackground = Object.freeze({ r: 0x1f, g: 0x4e, b: 0x79 });

/** Samples per pixel side: 4×4 gives smooth edges at 32 pixels. */
const samples = 4;

/** A speech bubble with its tail at the lower left, and the question mark it holds. */
function bubble(): { bubble: Shape; mark: Shape } {
  return {
    bubble: union(roundedRect(0.12, 0.14, 0.88, 0.7, 0.16), triangle([0.22, 0.6], [0.46, 0.6], [0.16, 0.88])),
    mark: questionMark(0.5, 0.43, 0.46),
  };
}

/** Fraction of the pixel (px, py) inside `shape`, for a square image of `size` pixels. */
function coverage(shape: Shape, px: number, py: number, size: number): number {
  let inside = 0;
  for (let sy = 0; sy < samples; sy++) {
    for (let sx = 0; sx < samples; sx++) {
      if (shape([(px + (sx + 0.5) / samples) / size, (py + (sy + 0.5) / samples) / size])) inside++;
    }
  }
  return inside / (samples * samples);
}

function render(size: number, paint: (px: number, py: number) => [number, number, number, number]): Buffer {
  const png = new PNG({ width: size, height: size });
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      const offset = (py * size + px) * 4;
      const [r, g, b, a] = paint(px, py);
      png.data[offset] = r;
      png.data[offset + 1] = g;
      png.data[offset + 2] = b;
      png.data[offset + 3] = a;
    }
  }
  return PNG.sync.write(png, { colorType: 6 });
}

/** The 192×192 colour icon: a white speech bubble with a blue question mark, on the brand blue. */
export function drawColorIcon(): Buffer {
  const size = iconSizes.color;
  const shapes = bubble();
  const white = minus(shapes.bubble, shapes.mark);
  return render(size, (px, py) => {
    const t = coverage(white, px, py, size);
    const mix = (c: number) => Math.round(c + (255 - c) * t);
    return [mix(iconBackground.r), mix(iconBackground.g), mix(iconBackground.b), 255];
  });
}

/** The 32×32 outline icon: the same bubble in white, the question mark cut out, on transparent. */
export function drawOutlineIcon(): Buffer {
  const size = iconSizes.outline;
  const shapes = bubble();
  const white = minus(shapes.bubble, shapes.mark);
  return render(size, (px, py) => [255, 255, 255, Math.round(255 * coverage(white, px, py, size))]);
}
