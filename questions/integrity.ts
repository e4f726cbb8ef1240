import type { Bank } from './schema';

/**
 * Cross-references the zod schema cannot see: unique ids, show-conditions that point at an earlier choice
 * question and its real options, and recommendations that point at codes and questions in the bank.
 */
export function integrityProblems(bank: Bank): string[] {
  const problems: string[] = [];
  const seen = new Map<string, Bank['sections'][number]['questions'][number]>();
  const codes = new Set<string>();
  const sectionIds = new Set<string>();

  for (const section of bank.sections) {
    if (sectionIds.has(section.id)) problems.push(`section id "${section.id}" is used twice`);
    sectionIds.add(section.id);
    if ((section.kind === 'barrier-category') !== (section.category !== undefined)) {
      problems.push(`section "${section.id}": only barrier categories have a category letter`);
    }
    for (const question of section.questions) {
      if (seen.has(question.id)) problems.push(`question id "${question.id}" is used twice`);
      if (question.showIf) {
        const target = seen.get(question.showIf.question);
        if (!target || target.type !== 'choice') {
          problems.push(`"${question.id}" shows on "${question.showIf.question}", which is no earlier choice question`);
        } else {
          for (const option of question.showIf.anyOf) {
            if (!target.options.includes(option)) problems.push(`"${question.id}" shows on unknown option "${option}"`);
          }
        }
      }
      if (question.type === 'scale') {
        if (section.kind === 'profile') problems.push(`"${question.id}": the profile is not scored`);
        for (const code of question.codes) {
          codes.add(code);
          if (section.category && !code.startsWith(section.category)) {
            problems.push(`"${question.id}" carries ${code}, outside category ${section.category}`);
          }
        }
      }
      seen.set(question.id, question);
    }
  }

  const recommendationIds = new Set<string>();
  for (const recommendation of bank.recommendations) {
    if (recommendationIds.has(recommendation.id))
      problems.push(`recommendation id "${recommendation.id}" is used twice`);
    recommendationIds.add(recommendation.id);
    if (recommendation.codes.length + recommendation.questions.length === 0) {
      problems.push(`recommendation "${recommendation.id}" has no trigger`);
    }
    for (const code of recommendation.codes) {
      if (!codes.has(code))
        problems.push(`recommendation "${recommendation.id}" refers to ${code}, which no question asks`);
    }
    for (const id of recommendation.questions) {
      if (seen.get(id)?.type !== 'scale') {
        problems.push(`recommendation "${recommendation.id}" refers to "${id}", which is no scored question`);
      }
    }
  }
  return problems;
}
