/**
 * Tiny vector shapes for drawing the app icons, in unit coordinates (0..1, y pointing down):
 * each is an "is this point inside?" test, sampled several times per pixel for smooth edges.
 */
export type Point = readonly [x: number, y: number];
export type Shape = (p: Point) => boolean;

export function roundedRect(x0: number, y0: number, x1: number, y1: number, radius: number): Shape {
  return ([x, y]) => {
    if (x < x0 || x > x1 || y < y0 || y > y1) return false;
    const dx = Math.max(x0 + radius - x, 0, x - (x1 - radius));
    const dy = Math.max(y0 + radius - y, 0, y - (y1 - radius));
    return dx * dx + dy * dy <= radius * radius;
  };
}

export function circle(cx: number, cy: number, radius: number): Shape {
  return ([x, y]) => (x - cx) ** 2 + (y - cy) ** 2 <= radius * radius;
}

export function triangle(a: Point, b: Point, c: Point): Shape {
  const side = (p: Point, q: Point, r: Point) => (p[0] - r[0]) * (q[1] - r[1]) - (q[0] - r[0]) * (p[1] - r[1]);
  return (p) => {
    const d1 = side(p, a, b);
    const d2 = side(p, b, c);
    const d3 = side(p, c, a);
    const negative = d1 < 0 || d2 < 0 || d3 < 0;
    const positive = d1 > 0 || d2 > 0 || d3 > 0;
    return !(negative && positive);
  };
}

export function union(...shapes: Shape[]): Shape {
  return (p) => shapes.some((shape) => shape(p));
}

export function minus(shape: Shape, hole: Shape): Shape {
  return (p) => shape(p) && !hole(p);
}

/**
 * A question mark of height about `size` centred on (cx, cy): a hook (a ring open at the lower left),
 * a short stem under it and a dot.
 */
export function questionMark(cx: number, cy: number, size: number): Shape {
  const radius = size * 0.24;
  const stroke = size * 0.13;
  const hookY = cy - size * 0.22;
  const hook: Shape = ([x, y]) => {
    const distance = Math.hypot(x - cx, y - hookY);
    if (Math.abs(distance - radius) > stroke / 2) return false;
    // Open where the hook would come back up on the left, below its centre.
    return !(x < cx && y > hookY);
  };
  const stemTop = hookY + radius - stroke / 2;
  const stem = roundedRect(cx - stroke / 2, stemTop, cx + stroke / 2, cy + size * 0.2, stroke * 0.2);
  const dot = circle(cx, cy + size * 0.38, stroke * 0.62);
  return union(hook, stem, dot);
}
