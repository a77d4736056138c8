/** A day, in milliseconds: windows are measured in elapsed time, so a clock change never stretches one. */
export const DAY_MS = 86_400_000;

/** A run of positions in a time-sorted series where some window reached the threshold. */
export interface Episode {
  /** First position of the run (inclusive). */
  readonly start: number;
  /** Last position of the run (inclusive). */
  readonly end: number;
  /** The most contacts any one window of the run held. */
  readonly peak: number;
}

/**
 * The episodes of a time-sorted series: maximal runs of positions each lying in some window
 * shorter than `spanMs` that holds `threshold` or more items. Windows that share an item merge
 * into one episode; windows that only touch stay apart. Two pointers, so linear in `length`,
 * with no allocation beyond the episodes found.
 *
 * `series[p]` is an index into `ms`, the epoch milliseconds of every contact.
 *
 * @example
 * // Times in hours 0, 1, 2, 30, 31; a 24-hour window; threshold 3.
 * episodes([0, 1, 2, 3, 4], Float64Array.of(0, 1, 2, 30, 31).map((h) => h * 3_600_000), 24 * 3_600_000, 3)
 * // => [{ start: 0, end: 2, peak: 3 }]
 */
export function episodes(
  series: readonly number[],
  ms: Float64Array,
  spanMs: number,
  threshold: number,
): Episode[] {
  const found: Episode[] = [];
  let left = 0;
  let start = -1;
  let end = -1;
  let peak = 0;
  for (let right = 0; right < series.length; right++) {
    const at = ms[series[right] as number] as number;
    while (at - (ms[series[left] as number] as number) >= spanMs) left++;
    const count = right - left + 1;
    if (count < threshold) continue;
    if (start >= 0 && left <= end) {
      end = right;
      if (count > peak) peak = count;
    } else {
      if (start >= 0) found.push({ start, end, peak });
      start = left;
      end = right;
      peak = count;
    }
  }
  if (start >= 0) found.push({ start, end, peak });
  return found;
}
