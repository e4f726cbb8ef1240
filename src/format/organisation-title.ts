import type { Answers } from '../../questions/visibility';

/**
 * The organisation as a title names it: its name and the unit that answered, "Midtby Kommune – Teknik og Miljø",
 * either alone where only one is given, or undefined where neither is.
 */
export function organisationTitle(answers: Answers): string | undefined {
  const parts = [answers['organisation-name'], answers.unit].map((part) => part?.trim() ?? '').filter(Boolean);
  return parts.length > 0 ? parts.join(' – ') : undefined;
}

/** What names an answers file, in order: the organisation, the unit and who answered. */
export const answersFileNameParts = (answers: Answers): string[] => [
  answers['organisation-name'] ?? '',
  answers.unit ?? '',
  answers.respondent ?? '',
];
