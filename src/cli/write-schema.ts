import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { bank } from '../../questions';
import { answersJsonSchema } from '../../questions/answers-json-schema';
import { runIfMain } from './command';

const target = fileURLToPath(new URL('../../questions/answers.schema.json', import.meta.url));

/** `npm run schema`: regenerates questions/answers.schema.json after the bank changes. */
runIfMain(import.meta.url, () => {
  writeFileSync(target, answersJsonSchema(bank));
  return { code: 0, stdout: `${target}\n`, stderr: '' };
});
