import type { TFunction } from 'i18next';

/** How many participants gave each answer, in words: "I høj grad: 1 · I lav grad: 2"; answers nobody gave are left out. */
export const answerCounts = (counts: Readonly<Record<string, number>>, t: TFunction, separator = ' · ') =>
  Object.entries(counts)
    .filter(([, n]) => n > 0)
    .map(([option, n]) => `${t(`bank:options.${option}`)}: ${n}`)
    .join(separator);
