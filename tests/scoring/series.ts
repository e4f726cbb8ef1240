import type { AnswersFile } from '../../questions/answers';
import type { PlanAction } from '../../questions/plan';
import type { Assessment } from '../../scoring';
import { loadFixture } from '../fixtures';

const region = loadFixture('large-region-rpa');

const action = (status: PlanAction['status']): PlanAction => ({
  title: 'Test af beredskabsplanen',
  areas: ['cybersecurity'],
  status,
});

/**
 * Region Østerhavn's assessments of 2024, 2025 and 2026: cybersecurity maturity rising year by year, the legal
 * barriers growing, and one action of the 2024 plan carried from not started to done.
 */
export function regionYears(): Record<'y2024' | 'y2025' | 'y2026', AnswersFile> {
  const year = (savedAt: string, answers: Record<string, string>, plan: AnswersFile['plan']): AnswersFile => ({
    ...region,
    savedAt,
    answers: { ...region.answers, ...answers },
    plan,
  });
  return {
    y2024: year(
      '2024-11-18T10:00:00+01:00',
      { 'cyber-mature': 'not-at-all', 'cyber-continuity-plans': 'low', 'procurement-agreements': 'low' },
      { 'own-beredskab': action('not-started') },
    ),
    y2025: year(
      '2025-11-17T10:00:00+01:00',
      { 'cyber-mature': 'some', 'cyber-continuity-plans': 'some', 'procurement-agreements': 'some' },
      { 'own-beredskab': action('in-progress') },
    ),
    y2026: year(
      '2026-11-16T10:00:00+01:00',
      { 'cyber-mature': 'high', 'cyber-continuity-plans': 'high', 'procurement-agreements': 'high' },
      { 'own-beredskab': action('done') },
    ),
  };
}

/** An assessment named by its file, made with this bank version unless said otherwise. */
export const assessment = (label: string, file: AnswersFile, madeWith = file.bankVersion): Assessment => ({
  label,
  file,
  madeWith,
});

/** The same organisation's file, answered by one of its units. */
export const unitFile = (file: AnswersFile, unit: string, answers: Record<string, string> = {}): AnswersFile => ({
  ...file,
  answers: { ...file.answers, unit, ...answers },
});
