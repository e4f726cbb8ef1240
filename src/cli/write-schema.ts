import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { bank } from '../../questions';
import { answersJsonSchema } from '../../questions/answers-json-schema';
import { peerPackJsonSchema } from '../../questions/peer-pack-json-schema';
import { workshopJsonSchema } from '../../questions/workshop-schema';
import { runIfMain } from './command';

const target = (name: string) => fileURLToPath(new URL(`../../questions/${name}`, import.meta.url));

/** `npm run schema`: regenerates the answers, workshop and peer pack files' JSON Schemas after the bank or a format changes. */
runIfMain(import.meta.url, () => {
  const answers = target('answers.schema.json');
  const workshop = target('workshop.schema.json');
  const pack = target('peer-pack.schema.json');
  writeFileSync(answers, answersJsonSchema(bank));
  writeFileSync(workshop, workshopJsonSchema(bank));
  writeFileSync(pack, peerPackJsonSchema());
  return { code: 0, stdout: `${answers}\n${workshop}\n${pack}\n`, stderr: '' };
});
