/**
 * The p-quantile of sorted values by linear interpolation between the two nearest ranks (Hyndman and Fan's type 7,
 * Excel's QUARTILE.INC and R's default): h = (n − 1)·p, x⌊h⌋ + (h − ⌊h⌋)·(x⌊h⌋+1 − x⌊h⌋). NaN for no values.
 */
export function quantile(sorted: readonly number[], p: number): number {
  const h = (sorted.length - 1) * p;
  const lower = Math.floor(h);
  const below = sorted[lower];
  if (below === undefined) return NaN;
  const above = sorted[Math.min(lower + 1, sorted.length - 1)] ?? below;
  return below + (h - lower) * (above - below);
}

/** A figure as a pack keeps it: one decimal, which is finer than any reader compares. */
export const oneDecimal = (value: number) => Math.round(value * 10) / 10;
