import { fileURLToPath } from 'node:url';

/** Where the production build is, whose files the figures are of. */
export const dist = fileURLToPath(new URL('../../dist/', import.meta.url));
/** How many times a timed step runs; the median is reported. */
export const runs = 5;
/** The figures over budget, listed at the end. */
export const over: string[] = [];

export const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;
export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;

/** Prints one figure beside its budget, if it has one, and notes it when it is over. */
export function report(
  label: string,
  value: number,
  unit: 'B' | 'kB' | 'MB' | 'ms' | 'score' | 'pages' | 'screens' | 'count',
  budget?: number,
) {
  const shown =
    unit === 'B'
      ? `${value} B`
      : unit === 'kB'
        ? kb(value * 1024)
        : unit === 'MB'
          ? `${value.toFixed(0)} MB`
          : unit === 'ms'
            ? `${Math.round(value)} ms`
            : unit === 'pages'
              ? `${value} pages`
              : unit === 'screens'
                ? `${value.toFixed(2)} screens`
                : unit === 'count'
                  ? String(value)
                  : value.toFixed(2);
  const limit = budget === undefined ? '' : unit === 'score' ? ` (budget >= ${budget})` : ` (budget ${budget} ${unit})`;
  console.log(`${label.padEnd(48)} ${shown.padStart(10)}${limit}`);
  const fails = unit === 'score' ? value < (budget ?? 0) : budget !== undefined && value > budget;
  if (fails) over.push(`${label}: ${shown}${limit}`);
}
