import type { Section } from '../schema';
import { sectors } from '../sectors';
import { activeStages, stages } from '../scales';
import { deloitte, ramboll } from '../sources';

/** The technologies of Deloitte's analysis (chapter 3) plus GenAI, which IT i praksis 2024-2025 covers. */
export const technologies = ['rpa', 'machine-learning', 'drones', 'iot', 'blockchain', 'genai'] as const;
export type Technology = (typeof technologies)[number];

/** Id of the profile question that holds a technology's stage. */
export const stageQuestionId = (technology: Technology) => `stage-${technology}`;

/** The condition for a question that only means something once the technology is at least being explored. */
export const whenExploring = (technology: Technology) => ({
  question: stageQuestionId(technology),
  anyOf: [...activeStages],
});

/** Facts about the organisation rather than judgements: a note on them would add nothing, so they take none. */
export const organisationFacts = ['organisation-name', 'unit', 'respondent', 'sector', 'size'] as const;

const parat = { report: 'parat', section: 'Parats eget felt' } as const;

/** Who is answering: sector, size and how far each technology has come. Not scored. */
export const profile: Section = {
  id: 'profile',
  kind: 'profile',
  source: deloitte('Metode og fremgangsmåde', 329),
  questions: [
    { id: 'organisation-name', type: 'text', maxLength: 300, source: parat },
    // The administration or unit within the organisation, so each unit's files, trend and report are its own.
    { id: 'unit', type: 'text', maxLength: 120, source: parat },
    // Who answers, so a workshop can tell its participants apart and their files get names of their own.
    { id: 'respondent', type: 'text', maxLength: 120, source: parat },
    {
      id: 'sector',
      type: 'choice',
      options: [...sectors],
      source: ramboll('Om undersøgelsen', 2582),
    },
    {
      id: 'size',
      type: 'choice',
      // The size bands are Parat's own; Deloitte only names organisational size as a selection criterion (L373).
      options: ['under-500', '500-1999', '2000-9999', '10000-plus'],
      source: parat,
    },
    ...technologies.map((technology) => ({
      id: stageQuestionId(technology),
      type: 'choice' as const,
      options: [...stages],
      source: technology === 'genai' ? ramboll('GenAI', 1553) : deloitte('3.8 De nye teknologier', 648),
    })),
  ],
};
