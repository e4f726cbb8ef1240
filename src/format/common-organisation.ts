import type { AnswersFile } from '../../questions/answers';

/** The organisation every participant names, when they all name the same one. */
export function commonOrganisation(files: readonly AnswersFile[]): string | undefined {
  const names = new Set(files.map((file) => file.answers['organisation-name']?.trim() ?? ''));
  const [only] = names;
  return names.size === 1 && only ? only : undefined;
}
