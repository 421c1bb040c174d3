import type { Metrics } from './metrics';

/** The quality floor of the product (issue #3): do not lower it to make a matcher pass. */
export const QUALITY_FLOOR = Object.freeze({ minInScopeTop1: 0.95, minRejection: 0.9 });

/** Whether a run's figures clear the floor (a rate with nothing counted does not). */
export function meetsFloor(metrics: Metrics): boolean {
  return (metrics.accuracy.rate ?? 0) >= QUALITY_FLOOR.minInScopeTop1 && (metrics.rejection.rate ?? 0) >= QUALITY_FLOOR.minRejection;
}
