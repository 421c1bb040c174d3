/**
 * A score as it is shown and recorded: three decimals (0.8237… → 0.824), enough to compare
 * candidates and to read thresholds, without the noise of floating point.
 * @example roundScore(0.82371) // 0.824
 */
export function roundScore(score: number): number {
  return Math.round(score * 1000) / 1000;
}
