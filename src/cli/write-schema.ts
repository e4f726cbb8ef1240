import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { bank } from '../../questions';
import { answersJsonSchema } from '../../questions/answers-json-schema';
import { workshopJsonSchema } from '../../questions/workshop-schema';
import { runIfMain } from './command';

const target = (name: string) => fileURLToPath(new URL(`../../questions/${name}`, import.meta.url));

/** `npm run schema`: regenerates the answers and workshop files' JSON Schemas after the bank changes. */
runIfMain(import.meta.url, () => {
  const answers = target('answers.schema.json');
  const workshop = target('workshop.schema.json');
  writeFileSync(answers, answersJsonSchema(bank));
  writeFileSync(workshop, workshopJsonSchema(bank));
  return { code: 0, stdout: `${answers}\n${workshop}\n`, stderr: '' };
});
