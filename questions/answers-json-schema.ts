import * as z from 'zod/mini';
import { answersFileSchema } from './answers';
import type { Bank } from './schema';

/** The answers file as JSON Schema (draft 2020-12), generated from the zod schema the app and CLI validate with. */
export function answersJsonSchema(bank: Bank): string {
  const schema = z.toJSONSchema(answersFileSchema(bank), { target: 'draft-2020-12' });
  return `${JSON.stringify(
    { ...schema, title: `Parat answers file (question bank version ${bank.version})` },
    null,
    2,
  )}\n`;
}
