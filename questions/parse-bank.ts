import { integrityProblems } from './integrity';
import { Bank } from './schema';

/**
 * Parses a bank and fails fast, listing every schema and cross-reference problem at once, so a broken
 * bank never reaches a user.
 */
export function parseBank(input: unknown): Bank {
  const parsed = Bank.safeParse(input);
  const problems = parsed.success
    ? integrityProblems(parsed.data)
    : parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
  if (!parsed.success || problems.length > 0) {
    throw new Error(`The question bank is invalid:\n- ${problems.join('\n- ')}`);
  }
  return parsed.data;
}
